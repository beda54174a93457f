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

export function safeDecode(value: string): string {
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

const EMAIL_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** An email address shown as plain text (some CRMs print it without a mailto: link). */
export function firstEmailText(root: Node | null | undefined): string | undefined {
  if (!root) return undefined;
  // Text node by text node: textContent would glue a label to the address ("Emailann@...").
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = EMAIL_TEXT.exec(node.nodeValue ?? '');
    if (match) return match[0];
  }
  return undefined;
}

/**
 * The first heading among `selectors` whose text, after `tidy`, is not in `skip` (generic page
 * titles).
 */
export function firstHeading(root: ParentNode, selectors: string, skip: RegExp, tidy: (text: string) => string = (text) => text): string {
  for (const el of root.querySelectorAll(selectors)) {
    const text = tidy(cleanText(el.textContent));
    if (text && !skip.test(text)) return text;
  }
  return '';
}
