/**
 * Docking: the page gives up the panel's width on the right instead of being covered. The root
 * element gets a right margin (inline and important, so page styles cannot undo it), and fixed
 * elements pinned to the right edge (toolbars, "Save" bars, chat buttons) move left with it.
 * Everything is put back when the panel folds or leaves.
 */

interface Moved {
  el: HTMLElement;
  right: string;
  rightPriority: string;
}

let moved: Moved[] = [];
let reserved = 0;

export function makeRoom(width: number): void {
  reserved = width;
  const html = document.documentElement;
  if (width > 0) html.style.setProperty('margin-right', `${width}px`, 'important');
  else html.style.removeProperty('margin-right');
  shiftFixed();
}

export function giveRoomBack(): void {
  makeRoom(0);
}

/** Whether the page fits in the room it was left (a layout with a fixed minimum width does not). */
export function pageFits(): boolean {
  const html = document.documentElement;
  return reserved === 0 || html.scrollWidth <= html.clientWidth + 1;
}

/** Moves fixed elements out from under the panel; and back when it folds. */
export function shiftFixed(): void {
  for (const entry of moved) entry.el.style.setProperty('right', entry.right, entry.rightPriority);
  moved = [];
  if (reserved === 0 || !document.body) return;
  const edge = document.documentElement.clientWidth;
  // Hit-test a grid over the strip the panel covers instead of styling every element of the
  // page: a few dozen look-ups, whatever the page's size.
  const found = new Set<HTMLElement>();
  for (let y = 4; y < window.innerHeight; y += 32) {
    for (const x of [edge - reserved + 4, edge - reserved / 2, edge - 4]) {
      for (const hit of document.elementsFromPoint(Math.max(0, x), y)) {
        const fixed = fixedAncestor(hit as HTMLElement);
        if (fixed) found.add(fixed);
      }
    }
  }
  for (const el of found) {
    const style = getComputedStyle(el);
    const right = parseFloat(style.right);
    if (Number.isNaN(right)) continue; // pinned by its left edge only: leave it
    moved.push({ el, right: el.style.getPropertyValue('right'), rightPriority: el.style.getPropertyPriority('right') });
    el.style.setProperty('right', `${right + reserved}px`, 'important');
  }
}

/** The element itself or the ancestor that is position: fixed (the page's own, never ours). */
function fixedAncestor(start: HTMLElement): HTMLElement | undefined {
  for (let el: HTMLElement | null = start; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    if (el.localName === 'one-on-one-companion') return undefined;
    if (getComputedStyle(el).position === 'fixed') return el;
  }
  return undefined;
}
