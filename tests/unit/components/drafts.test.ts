import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearDraft, loadDrafts, readDraft, stashDraft } from '../../../components/common/drafts';

/** Tabs 1 and 2 are open; any other tab id is gone. */
function openTabs(...ids: number[]) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => {
    if (!ids.includes(id)) throw new Error(`No tab with id: ${id}`);
    return { id } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;
  });
}

describe('drafts', () => {
  it('live in the extension’s storage, one set per tab, and leave when saved', async () => {
    openTabs(1, 2);
    await loadDrafts(1);
    stashDraft('p:notes', 'half typed');
    await new Promise((done) => setTimeout(done, 0));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'draft:1:p:notes': 'half typed' });
    clearDraft('p:notes');
    await new Promise((done) => setTimeout(done, 0));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('are not taken by a second tab while the first is open', async () => {
    openTabs(1, 2);
    await fakeBrowser.storage.local.set({ 'draft:1:p:notes': 'tab one typing' });
    await loadDrafts(2);
    expect(readDraft('p:notes')).toBeUndefined();
  });

  it('of a closed tab (or from before a restart) come back in the next tab that shows the same thing', async () => {
    openTabs(2);
    await fakeBrowser.storage.local.set({ 'draft:9:p:notes': 'typed before the tab closed', 'draft:9:m1:meeting': '{"id":"m1"}' });
    await loadDrafts(2);
    expect(readDraft('p:notes')).toBe('typed before the tab closed');
    await new Promise((done) => setTimeout(done, 0));
    // Taken over by this tab; the other draft waits for whoever shows that 1:1.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'draft:2:p:notes': 'typed before the tab closed', 'draft:9:m1:meeting': '{"id":"m1"}' });
  });
});
