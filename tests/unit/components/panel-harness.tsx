import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { PersonPanel } from '../../../components/panel/PersonPanel';
import type { PanelApi } from '../../../components/panel/api';
import { createPanelApi, type Send } from '../../../entrypoints/panel/person-api';
import { handlers } from '../../../lib/background/handlers';
import { checkRequest } from '../../../lib/background/router';
import type { MessageType, Request, Response } from '../../../lib/protocol';
import type { PersonView } from '../../../lib/protocol/person';
import type { PersonRef } from '../../../lib/model';
import { ACCESS } from '../../../lib/protocol/access';
import { pageSender, panelSender, showInTab } from '../background/panel-tab';

/**
 * The panel as the organizer sees it, wired to the real background handlers (over
 * fake-indexeddb) the way the content script wires it to messages: requests are checked by the
 * router, revisions and conflicts are the store's own. "Another tab" is a second panel, or a
 * direct `call`.
 */
export const call: Send = <K extends MessageType>(type: K, data: Request<K>) => {
  // Each message from the part of the extension allowed to send it: the panel, or an extension page.
  const sender = ACCESS[type].from.includes('panel') ? panelSender : pageSender;
  return (handlers[type] as (d: unknown, s: typeof sender) => Promise<Response<K>>)(checkRequest(type, data, sender, 'ext'), sender);
};

/** The panel's view of `ref`, once the guest of its tab has said that is who the page shows. */
export async function viewOf(ref: PersonRef): Promise<PersonView> {
  await showInTab(ref);
  return call('getPersonView', {});
}

export const ANA: PersonRef = {
  crm: 'nationbuilder',
  account: 'riverside',
  crmId: '9',
  name: 'Ana Ruiz',
  url: 'https://riverside.nationbuilder.com/admin/signups/9',
};

export interface OpenPanel {
  api: PanelApi;
  view(): PersonView;
  container: HTMLElement;
  unmount(): void;
}

/** Renders the person's panel; `wrap` lets a test replace API calls (a failing save, say). */
export async function openPanel(ref: PersonRef = ANA, wrap: (api: PanelApi) => PanelApi = (api) => api): Promise<OpenPanel> {
  const holder = { view: await viewOf(ref), show: (_v: PersonView) => undefined as void };
  const setView = (v: PersonView) => {
    holder.view = v;
    holder.show(v);
  };
  const refresh = async () => setView(await viewOf(ref));
  const api = wrap(createPanelApi(() => holder.view, setView, refresh, call));
  function Host() {
    const [view, setState] = useState(holder.view);
    holder.show = setState;
    return <PersonPanel view={view} crmLabel="NationBuilder" api={api} timeZone="UTC" />;
  }
  const utils = render(<Host />);
  return { api, view: () => holder.view, container: utils.container as HTMLElement, unmount: utils.unmount };
}
