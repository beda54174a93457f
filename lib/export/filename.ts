/** "María José Núñez" → "maria-jose-nunez", for file names. */
export function slug(text: string, max = 60, fallback = 'person'): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, max)
      .replace(/-$/, '') || fallback
  );
}
