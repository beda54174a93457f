// Evaluated in a frame (after @testing-library/dom's browser build) by the Firefox driver
// (harness.ts): finds elements the way tests/e2e/driver/types.ts describes, by role, label and
// text, searching open shadow roots as Playwright does in Chromium. Plain JavaScript, so the
// source goes to the browser exactly as written.
(() => {
  if (window.__occ) return;
  const TL = window.TestingLibraryDom;

  const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  /** A string from the test matches the whole text; a RegExp, anywhere in it. */
  const matcher = (text) => (text.re ? new RegExp(text.re[0], text.re[1]) : text.s);
  const test = (text, value) => (text.re ? new RegExp(text.re[0], text.re[1]).test(value) : value === text.s);
  const contains = (text, value) => (text.re ? new RegExp(text.re[0], text.re[1]).test(value) : value.toLowerCase().includes(text.s.toLowerCase()));

  /** The node and every open shadow root below it. */
  function roots(node) {
    const found = [node];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    walk(node);
    return found;
  }

  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

  function byText(node, text) {
    const hits = [];
    for (const root of roots(node)) {
      for (const el of root.querySelectorAll('*')) {
        if (SKIP.has(el.tagName) || !test(text, normalize(el.textContent))) continue;
        // Innermost only: a child that matches on its own wins over its parent.
        if ([...el.children].some((child) => !SKIP.has(child.tagName) && test(text, normalize(child.textContent)))) continue;
        hits.push(el);
      }
    }
    return hits;
  }

  const finders = {
    role: (node, step) =>
      roots(node).flatMap((root) => TL.queryAllByRole(root, step.role, { name: step.name ? matcher(step.name) : undefined, level: step.level })),
    label: (node, step) => roots(node).flatMap((root) => TL.queryAllByLabelText(root, matcher(step.text))),
    text: (node, step) => byText(node, step.text),
  };

  /** The 1:1 panel's region in this frame's document, if it is here. */
  function findPanel() {
    return finders.role(document, { role: 'complementary', name: { s: '1:1 Companion' } })[0] ?? null;
  }

  function resolve(scope, steps) {
    let current = scope === 'panel' ? [findPanel()].filter(Boolean) : [document];
    for (const step of steps) {
      if (step.kind === 'nth') {
        const at = step.index < 0 ? current.length + step.index : step.index;
        current = current[at] ? [current[at]] : [];
      } else if (step.kind === 'filter') {
        current = current.filter((el) => contains(step.hasText, normalize(el.textContent)));
      } else {
        const seen = new Set();
        current = current.flatMap((node) => finders[step.kind](node, step)).filter((el) => !seen.has(el) && seen.add(el));
      }
    }
    return current;
  }

  /** Ready for a person to use: laid out, visible and not disabled. */
  function actionable(el) {
    if (!el.isConnected || el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && !el.disabled && el.getAttribute('aria-disabled') !== 'true';
  }

  window.__occ = { resolve, findPanel, actionable };
})();
