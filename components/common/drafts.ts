/**
 * A last-resort copy of text the background has not confirmed yet, kept in the tab's
 * sessionStorage. It covers the one case messaging cannot: an extension update orphans the old
 * content script, whose messages then fail. The new script (injected on update, or after a
 * reload) finds the draft and saves it. Cleared as soon as the background confirms a save.
 */
const PREFIX = 'occ-draft:';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked by the page's settings
  }
}

export function stashDraft(key: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value);
  } catch {
    // quota or blocked: the normal save path still runs
  }
}

export function readDraft(key: string): string | undefined {
  return storage()?.getItem(PREFIX + key) ?? undefined;
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
