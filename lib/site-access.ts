import { browser } from 'wxt/browser';
import { adapters } from './crm/index';

/**
 * Access to the CRM sites the manifest lists. Chrome grants it at install; Firefox treats
 * Manifest V3 host permissions as opt-in (the user may not have allowed them, or may have
 * withdrawn them in about:addons), and then the panel never opens on a person page.
 */
export interface SiteAccess {
  /** True when every CRM site in the manifest may run the panel. */
  granted(): Promise<boolean>;
  /**
   * Asks the browser for the CRM sites. Firefox only shows its prompt while handling a click:
   * call this synchronously from the click handler, with nothing awaited before it.
   */
  request(): Promise<boolean>;
  /** Calls back when the browser grants or withdraws access (here or in its own settings). */
  watch(onChange: () => void): () => void;
  /** The CRMs' names, for the message. */
  crmNames: string[];
}

function origins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

export const siteAccess: SiteAccess = {
  granted: () => browser.permissions.contains({ origins: origins() }),
  request: () => browser.permissions.request({ origins: origins() }),
  watch(onChange) {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  },
  crmNames: adapters.map((adapter) => adapter.label),
};
