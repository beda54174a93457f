import { nationbuilder } from './nationbuilder';
import { actionnetwork } from './actionnetwork';
import { actionbuilder } from './actionbuilder';
import type { CrmAdapter } from './types';

/** Every CRM the extension knows. The manifest and the content script both read this list. */
export const adapters: readonly CrmAdapter[] = [nationbuilder, actionnetwork, actionbuilder];

/** The adapter serving this URL, if any. */
export function adapterFor(url: URL): CrmAdapter | undefined {
  return adapters.find((adapter) => adapter.isPersonPage(url) || matchesHost(adapter, url));
}

function matchesHost(adapter: CrmAdapter, url: URL): boolean {
  return adapter.matches.some((pattern) => {
    const host = pattern.split('://')[1]?.split('/')[0] ?? '';
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}

export const contentScriptMatches: string[] = adapters.flatMap((adapter) => adapter.matches);
