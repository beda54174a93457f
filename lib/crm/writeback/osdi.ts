/*
 * What Action Network and Action Builder share because both speak OSDI (HAL+JSON), from
 * ../shared/crm-apis.md: the token header, people found by an email filter and read from
 * _embedded['osdi:people'], ids as "<system>:<id>" identifiers, and the error body's own words.
 * Each CRM's paths, matching and writes stay in its own file.
 */

/** A HAL resource or page, as far as both writers read it. */
export type OsdiResource = { _embedded?: Record<string, unknown>; identifiers?: string[] };

export const osdiHeaders = (key: string): Record<string, string> => ({
  'osdi-api-token': key,
  accept: 'application/hal+json, application/json',
  'content-type': 'application/json',
});

/** The query that finds people by email: `?filter=email_address eq '…'` (a quote doubled), encoded. */
export const emailFilter = (email: string): string => `?filter=${encodeURIComponent(`email_address eq '${email.replaceAll("'", "''")}'`)}`;

/** The people on a page of results (none when the body has no such list). */
export function osdiPeople<T extends OsdiResource>(body: unknown): T[] {
  return ((body as OsdiResource | null)?._embedded?.['osdi:people'] ?? []) as T[];
}

/** The id a system gives a resource: from identifiers, "action_network:abc" gives "abc". */
export function osdiId(resource: OsdiResource | undefined, system: string): string | undefined {
  const prefix = `${system}:`;
  return resource?.identifiers?.find((x) => x.startsWith(prefix))?.slice(prefix.length);
}

/** The explanation in an error body's `error` or `message`. */
export function osdiErrorText(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { error?: string; message?: string };
  return b.error ?? b.message;
}
