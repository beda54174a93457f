import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adapterFor, contentScriptMatches } from '../../lib/crm/index';
import { onMessage, sendMessage } from '../../lib/messaging';
import { App } from './App';
import { isToggleShortcut } from './shortcut';
import { isInPageMove, whenCommitted } from './url-change';
import panelCss from '../../components/panel/panel.css?inline';

export default defineContentScript({
  matches: contentScriptMatches,
  // As soon as the DOM is parsed: the person is on the page by then, and the panel should not
  // wait for the host's images and scripts.
  runAt: 'document_end',
  // The panel's CSS goes into its shadow root only (passed inline: no extra fetch at start).
  cssInjectionMode: 'manual',
  async main(ctx) {
    // One panel per page: the manifest and a re-injection after install can both start this
    // script. A live instance wins; one orphaned by an update gives way, with its stale panel.
    const scope = window as unknown as { __oneOnOneCompanion?: { isValid(): boolean } };
    if (scope.__oneOnOneCompanion?.isValid()) return;
    scope.__oneOnOneCompanion = { isValid: () => ctx.isValid };
    document.querySelectorAll('one-on-one-companion').forEach((stale) => stale.remove());

    let root: HTMLElement | undefined;
    // Whether the organizer folded the panel away; kept in settings so every page remembers it.
    // Unknown until settings arrive; the person is read and fetched meanwhile, not after.
    let collapsed: boolean | undefined;
    /** The person shown last, so a single-page app's leftover heading is not taken for the next one. */
    let last: { key: string; name: string } | undefined;
    let current = '';

    const ui = await createShadowRootUi(ctx, {
      name: 'one-on-one-companion',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: panelCss,
      onMount(container) {
        root = document.createElement('div');
        container.append(root);
        return root;
      },
      onRemove(mounted) {
        if (mounted) render(null, mounted);
      },
    });

    const toggle = () => {
      if (!root || collapsed === undefined) return;
      collapsed = !collapsed;
      show(current);
      void sendMessage('saveSettings', { patch: { panelCollapsed: collapsed } }).catch(() => undefined);
    };

    const show = (href: string) => {
      // A newer instance (after an update or a re-injection) has taken over this page.
      if (!ctx.isValid) return;
      current = href;
      const url = new URL(href);
      const adapter = adapterFor(url);
      if (!adapter?.isPersonPage(url)) {
        ui.remove();
        root = undefined;
        return;
      }
      if (!root) ui.mount();
      const identity = adapter.identityFromUrl(url);
      const key = `${adapter.kind}:${identity?.account}:${identity?.crmId ?? url.pathname + url.search}`;
      render(
        <App
          key={key}
          adapter={adapter}
          url={url}
          collapsed={collapsed}
          onToggle={toggle}
          previousName={last && last.key !== key ? last.name : undefined}
          onRecognized={(name) => (last = { key, name })}
        />,
        root!,
      );
    };

    show(location.href);
    void sendMessage('getSettings', {}).then(
      (s) => s.panelCollapsed,
      () => false,
    ).then((value) => {
      collapsed = value;
      if (root) show(current);
    });
    // Single-page CRMs change the URL without a page load. The event can fire before
    // location.href commits, so a new person is shown from the URL it carries; the panel is
    // only taken away once the address really changed (a download link fires it too).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      if (!isInPageMove(newUrl)) return;
      if (adapterFor(newUrl)?.isPersonPage(newUrl)) return show(newUrl.href);
      void whenCommitted(newUrl).then((moved) => moved && show(newUrl.href));
    });
    // The shortcut arrives as a command from the background; the key itself is a fallback for
    // when the browser could not bind it (another extension took it).
    onMessage('togglePanel', toggle);
    ctx.addEventListener(window, 'keydown', (event) => {
      if (isToggleShortcut(event)) {
        event.preventDefault();
        toggle();
      }
    }, { capture: true });
  },
});
