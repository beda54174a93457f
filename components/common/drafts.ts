import { browser } from 'wxt/browser';

/**
 * A last-resort copy of text the background has not confirmed yet. It lives in the extension's
 * own storage (storage.local: never the CRM site's, never synced), so the page can neither read
 * nor plant a draft, and it outlasts a closed tab, a stopped worker, a browser restart and an
 * update. Cleared when the background confirms a save.
 *
 * Drafts belong to the tab whose panel typed them, so two tabs on one person never take each
 * other's unsaved text. A draft whose tab is gone (closed, or from before a restart) is taken
 * over by the next panel that shows the same thing. The panel loads them once when it starts
 * (loadDrafts), so reads stay synchronous.
 */
const PREFIX = 'draft:';
const own = new Map<string, string>();
const orphans = new Map<string, { full: string; value: string }>();
let owner = 'none';

function area() {
  try {
    return browser.storage?.local;
  } catch {
    return undefined;
  }
}

const storageKey = (tab: string, key: string) => `${PREFIX}${tab}:${key}`;

async function alive(tabId: string): Promise<boolean> {
  const id = Number(tabId);
  if (!Number.isInteger(id)) return false;
  try {
    await browser.tabs.get(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * Only the drafts: storage.local also holds CRM tokens, which the panel has no business reading.
 * Where the browser can list keys (Chrome 130+, Firefox 143+), only draft keys are read.
 */
async function readDraftEntries(): Promise<Record<string, unknown>> {
  const storage = area() as (ReturnType<typeof area> & { getKeys?: () => Promise<string[]> }) | undefined;
  if (!storage) return {};
  try {
    if (storage.getKeys) {
      const keys = (await storage.getKeys()).filter((key) => key.startsWith(PREFIX));
      return keys.length ? ((await storage.get(keys)) as Record<string, unknown>) : {};
    }
    const all = (await storage.get(null)) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(PREFIX)));
  } catch {
    return {};
  }
}

/** Loads this tab's drafts, and notes those of tabs that no longer exist. */
export async function loadDrafts(tabId: number | string): Promise<void> {
  owner = String(tabId);
  own.clear();
  orphans.clear();
  const all = await readDraftEntries();
  const liveness = new Map<string, Promise<boolean>>();
  for (const [full, value] of Object.entries(all)) {
    if (!full.startsWith(PREFIX) || typeof value !== 'string') continue;
    const rest = full.slice(PREFIX.length);
    const split = rest.indexOf(':');
    const tab = rest.slice(0, split);
    const key = rest.slice(split + 1);
    if (tab === owner) {
      own.set(key, value);
      continue;
    }
    if (!liveness.has(tab)) liveness.set(tab, alive(tab));
    if (!(await liveness.get(tab))) orphans.set(key, { full, value });
  }
}

/** A draft left by a tab that is gone becomes this tab's, the first time it is asked for. */
function adopt(key: string): string | undefined {
  const orphan = orphans.get(key);
  if (!orphan) return undefined;
  orphans.delete(key);
  own.set(key, orphan.value);
  const storage = area();
  void storage?.set({ [storageKey(owner, key)]: orphan.value }).then(() => storage.remove(orphan.full)).catch(() => undefined);
  return orphan.value;
}

export function stashDraft(key: string, value: string): void {
  const orphan = orphans.get(key);
  if (orphan) {
    orphans.delete(key);
    void area()?.remove(orphan.full).catch(() => undefined);
  }
  own.set(key, value);
  void area()?.set({ [storageKey(owner, key)]: value }).catch(() => undefined);
}

export function readDraft(key: string): string | undefined {
  return own.get(key) ?? adopt(key);
}

export function clearDraft(key: string): void {
  own.delete(key);
  void area()?.remove(storageKey(owner, key)).catch(() => undefined);
}
