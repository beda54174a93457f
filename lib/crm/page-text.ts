/** Small readers shared by adapters. They read text only: page markup is never interpreted. */

export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `mailto:` address on the page, if any. */
export function firstMailto(root: ParentNode): string | undefined {
  const link = root.querySelector<HTMLAnchorElement>('a[href^="mailto:" i]');
  const address = link?.getAttribute('href')?.slice('mailto:'.length).split('?')[0];
  const email = address ? safeDecode(address).trim() : '';
  // Only something shaped like an address; the background checks it fully with zod.
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) ? email : undefined;
}

/** The first `tel:` number on the page, if any. */
export function firstTel(root: ParentNode): string | undefined {
  const link = root.querySelector<HTMLAnchorElement>('a[href^="tel:" i]');
  const number = cleanText(link?.textContent) || link?.getAttribute('href')?.slice('tel:'.length);
  return number ? safeDecode(number).trim() || undefined : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The document title's part before a separator such as " | " or " - ". */
export function titleLead(doc: Document): string {
  return cleanText(doc.title.split(/\s[|\u2013\u2014-]\s/)[0]);
}
