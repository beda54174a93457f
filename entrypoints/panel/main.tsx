import { render } from 'preact';
import { sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { loadDrafts } from '../../components/common/drafts';
import { App } from './App';
import { isToggleShortcut } from '../crm.content/shortcut';
import '../../components/panel/panel.css';

/**
 * The panel page, framed by the guest on a CRM person page. The guest put a one-time token in
 * this page's address; the background checks it and says which tab (and person) this is.
 */
async function start() {
  const root = document.getElementById('app')!;
  const token = location.hash.slice(1);
  try {
    const state = await sendMessage('panelHello', { token });
    await loadDrafts(state.tabId);
    render(<App initial={state} />, root);
  } catch {
    const note = document.createElement('p');
    note.className = 'occ-error';
    note.textContent = t('frame.notOpened');
    root.replaceChildren(note);
  }
}

// The shortcut pressed while typing in the panel folds it (the page never hears these keys).
window.addEventListener('keydown', (event) => {
  if (!isToggleShortcut(event)) return;
  event.preventDefault();
  void sendMessage('setPanelLayout', { collapsed: true }).catch(() => undefined);
});

// Focus arriving from the guest (the shortcut) lands on the panel's heading, not on nothing.
// Checked a turn later: in Firefox a click into the frame fires this before the clicked field
// takes focus, and focusing the heading then would steal the click.
window.addEventListener('focus', () =>
  setTimeout(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = document.querySelector<HTMLElement>('.occ-panel h2, .occ-panel h1, .occ-tab');
    if (target) {
      if (!target.hasAttribute('tabindex') && target.localName.startsWith('h')) target.tabIndex = -1;
      target.focus();
    }
  }),
);

void start();
