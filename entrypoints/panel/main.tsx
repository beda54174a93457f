import { render } from 'preact';
import { sendMessage } from '../../lib/messaging';
import { t, uiLanguage } from '../../lib/i18n';
import { setZodLanguage } from '../../lib/zod-language';
import { loadDrafts } from '../../components/common/drafts';
import { App } from './App';
import { panelFocusTarget } from '../../components/panel/first-focus';
import '../../components/panel/panel.css';

/**
 * The panel page, framed by the guest on a CRM person page. The guest posts a token into this
 * frame; the background checks it and says which tab (and person) this is. The page can post
 * messages here too, so every token is checked, and only the first good one counts.
 */
function start() {
  setZodLanguage();
  // Screen readers and hyphenation follow the page's language; the tab title is the product's name.
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  const root = document.getElementById('app')!;
  let started = false;
  const failed = setTimeout(() => {
    const note = document.createElement('p');
    note.className = 'occ-error';
    note.textContent = t('frame.notOpened');
    root.replaceChildren(note);
  }, 5000);
  const onToken = async (event: MessageEvent) => {
    const token = (event.data as { occToken?: unknown } | null)?.occToken;
    if (started || event.source !== window.parent || typeof token !== 'string') return;
    const state = await sendMessage('panelHello', { token }).catch(() => undefined);
    if (!state || started) return;
    started = true;
    clearTimeout(failed);
    window.removeEventListener('message', onToken);
    // The person's view is asked for at once, while the drafts load, rather than after.
    const firstView = state.read.phase === 'recognized' ? sendMessage('getPersonView', {}) : undefined;
    firstView?.catch(() => undefined);
    await loadDrafts(state.tabId);
    render(<App initial={state} firstView={firstView} />, root);
  };
  window.addEventListener('message', onToken);
  // Carries nothing: the guest answers it with the token.
  window.parent.postMessage('occ-ready', '*');
}

// Focus arriving from the guest (the shortcut) lands where the organizer types next: the open
// step's field during a 1:1, else the button that plans one (or the folded rail's button).
// Checked a turn later: in Firefox a click into the frame fires this before the clicked field
// takes focus, and moving focus then would steal the click.
window.addEventListener('focus', () =>
  setTimeout(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = panelFocusTarget(document) ?? document.querySelector<HTMLElement>('.occ-tab, .occ-panel h2');
    if (target) {
      if (!target.hasAttribute('tabindex') && target.localName.startsWith('h')) target.tabIndex = -1;
      target.focus();
    }
  }),
);

start();
