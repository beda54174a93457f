/** Small readers shared by adapters. They read text only: page markup is never interpreted. */

export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `mailto:` address on the page, if any. */
export function firstMailto(root: ParentNode): string | undefined {
  const link = root.querySelector<HTMLAnchorElement>('a[href^="mailto:" i]');
  return link ? mailtoAddress(link) : undefined;
}

/** The first `tel:` number on the page, if any. */
export function firstTel(root: ParentNode): string | undefined {
  return telIn(root, () => false);
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
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

/** The same title however it is cased, spaced or hyphenated ("riverside-tenants" ~ "Riverside Tenants"). */
export function titleKey(text: string): string {
  return cleanText(text).toLowerCase().replace(/[\s_\-\u2010-\u2015]+/g, ' ').trim();
}

/** The document title's parts: "Ana Ruiz | Riverside" gives ["Ana Ruiz", "Riverside"]. */
export function titleParts(doc: Document): string[] {
  return doc.title.split(/\s[|\u2013\u2014-]\s/).map(cleanText).filter(Boolean);
}

/**
 * Whether `el` sits in the page's own frame rather than its content: the site header (a banner,
 * whose h1 often carries the organization's name and the signed-in organizer), menus, footer.
 * A <header> inside an article or section is that section's heading, not the site's.
 */
export function inPageChrome(el: Element): boolean {
  if (el.closest('[role="banner"], [role="navigation"], nav, footer, #header, .header, .topbar, .navbar')) return true;
  const header = el.closest('header');
  return header !== null && header.parentElement?.closest('main, article, section, aside, [role="main"]') == null;
}

type Skip = (el: Element) => boolean;

/** The first element under `root` matching `selectors` that `skip` does not rule out. */
export function firstOutside<E extends Element = Element>(root: ParentNode, selectors: string, skip: Skip): E | undefined {
  for (const el of root.querySelectorAll<E>(selectors)) if (!skip(el)) return el;
  return undefined;
}

const EMAIL_SHAPE = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The address of a `mailto:` link, if it is shaped like one (the background checks it fully with zod). */
export function mailtoAddress(link: Element): string | undefined {
  const address = link.getAttribute('href')?.replace(/^mailto:/i, '').split('?')[0];
  const email = address ? safeDecode(address).trim() : '';
  return EMAIL_SHAPE.test(email) ? email : undefined;
}

/**
 * The first email address under `root`, as a `mailto:` link or as text, in page order, with the
 * element that shows it; elements `skip` rules out are passed over with all they hold.
 */
export function findEmail(root: Element, skip: Skip): { email: string; el: Element } | undefined {
  for (const child of root.childNodes) {
    if (child.nodeType === 3 /* text */) {
      const match = EMAIL_TEXT.exec(child.nodeValue ?? '');
      if (match) return { email: match[0], el: root };
    } else if (child.nodeType === 1 /* element */) {
      const el = child as Element;
      if (skip(el) || /^(script|style|template|noscript)$/i.test(el.tagName)) continue;
      if (el.matches('a[href^="mailto:" i]')) {
        const email = mailtoAddress(el);
        if (email) return { email, el };
      }
      const inner = findEmail(el, skip);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The text of the first `tel:` link under `root` that `skip` does not rule out. */
export function telIn(root: ParentNode, skip: Skip): string | undefined {
  const link = firstOutside(root, 'a[href^="tel:" i]', skip);
  const number = cleanText(link?.textContent) || link?.getAttribute('href')?.slice('tel:'.length);
  return number ? safeDecode(number).trim() || undefined : undefined;
}

/** Shown struck through: inside <strike>, <s> or <del>, or styled with a line through it. */
export function isStruck(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (/^(strike|s|del)$/i.test(at.tagName)) return true;
    if (/line-through/i.test(at.getAttribute('style') ?? '')) return true;
    if (/^(body|main|section|article|li|tr|dd|p)$/i.test(at.tagName)) break;
  }
  return false;
}

/** Words a CRM uses next to an address the person no longer wants mail at. */
export const UNSUBSCRIBED = /\b(unsubscribed|opted[\s-]?out|opt[\s-]?out|do not e-?mail|no e-?mail please)\b/i;

/** The text of the small block that shows `el` (its line, list item, cell), or '' if that block is large. */
export function lineOf(el: Element, maxChars = 200): string {
  const block = el.closest('li, tr, dd, dt, td, p, div') ?? el;
  const text = cleanText(block.textContent);
  return text.length <= maxChars ? text : cleanText(el.textContent);
}
