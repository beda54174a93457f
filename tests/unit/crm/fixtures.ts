import { route as nbRoute } from '../../../demo/sites/nationbuilder.mjs';
import { route as anRoute } from '../../../demo/sites/actionnetwork.mjs';

/** A demo CRM page as a Document, with its URL. */
export function demoPage(href: string): { doc: Document; url: URL } {
  const url = new URL(href);
  const routes = [nbRoute, anRoute];
  for (const route of routes) {
    const answer = route(url.hostname, url) as { html: string } | null;
    if (answer) return { doc: new DOMParser().parseFromString(answer.html, 'text/html'), url };
  }
  throw new Error(`No demo page for ${href}`);
}

export function htmlPage(href: string, body: string, title = ''): { doc: Document; url: URL } {
  return { doc: new DOMParser().parseFromString(`<!doctype html><title>${title}</title><body>${body}</body>`, 'text/html'), url: new URL(href) };
}
