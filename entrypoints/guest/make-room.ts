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
  // Only elements without an offset parent can be fixed (the rest sit in the page's flow), so
  // styles are computed for those few, not for every element of a large page.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    if (el.offsetParent !== null || el.localName === 'one-on-one-companion' || !(el instanceof HTMLElement)) continue;
    const style = getComputedStyle(el);
    if (style.position !== 'fixed' || style.display === 'none') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= edge - reserved + 0.5) continue;
    const right = parseFloat(style.right);
    if (Number.isNaN(right)) continue; // pinned by its left edge only: leave it
    moved.push({ el, right: el.style.getPropertyValue('right'), rightPriority: el.style.getPropertyPriority('right') });
    el.style.setProperty('right', `${right + reserved}px`, 'important');
  }
}
