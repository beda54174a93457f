import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../crm/index';

/**
 * After an install or update, CRM tabs that were already open still run the old (now orphaned)
 * content script, or none. Inject the new one so the panel comes back in place and picks up any
 * draft the old one could not save (components/common/drafts.ts).
 */
export async function reinjectContentScripts(): Promise<void> {
  type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.js ?? []) as Files;
  if (!files.length || !browser.scripting) return;
  const tabs = await browser.tabs.query({ url: contentScriptMatches });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => {
            // A tab that is closing or showing an error page: nothing to restore there.
          }),
    ),
  );
}
