import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adapterFor, contentScriptMatches } from '../../lib/crm/index';
import { App } from './App';
import panelCss from '../../components/panel/panel.css?inline';

export default defineContentScript({
  matches: contentScriptMatches,
  // The panel's CSS goes into its shadow root only (passed inline: no extra fetch at start).
  cssInjectionMode: 'manual',
  async main(ctx) {
    let root: HTMLElement | undefined;
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

    const show = (href: string) => {
      const url = new URL(href);
      const adapter = adapterFor(url);
      if (!adapter?.isPersonPage(url)) {
        ui.remove();
        root = undefined;
        return;
      }
      if (!root) ui.mount();
      const identity = adapter.identityFromUrl(url);
      const key = `${adapter.kind}:${identity?.account}:${identity?.crmId ?? url.pathname}`;
      render(<App key={key} adapter={adapter} url={url} />, root!);
    };

    show(location.href);
    // Single-page CRMs change the URL without a page load. The event can fire before
    // location.href commits, so use the URL it carries.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => show(newUrl.href));
  },
});
