import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { PersonPanel } from '../../../components/panel/PersonPanel';
import type { PanelApi } from '../../../components/panel/api';
import { createPanelApi, type Send } from '../../../entrypoints/crm.content/person-api';
import { handlers } from '../../../lib/background/handlers';
import { checkRequest } from '../../../lib/background/router';
import type { MessageType, Request, Response } from '../../../lib/protocol';
import type { PersonView } from '../../../lib/protocol/person';
import type { PersonRef } from '../../../lib/model';

/**
 * The panel as the organizer sees it, wired to the real background handlers (over
 * fake-indexeddb) the way the content script wires it to messages: requests are checked by the
 * router, revisions and conflicts are the store's own. "Another tab" is a second panel, or a
 * direct `call`.
 */
const SENDER = { id: 'ext' };

export const call: Send = <K extends MessageType>(type: K, data: Request<K>) =>
  (handlers[type] as (d: unknown, s: typeof SENDER) => Promise<Response<K>>)(checkRequest(type, data, SENDER, 'ext'), SENDER);

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
  const holder = { view: await call('getPersonView', { ref }), show: (_v: PersonView) => undefined as void };
  const setView = (v: PersonView) => {
    holder.view = v;
    holder.show(v);
  };
  const refresh = async () => setView(await call('getPersonView', { ref }));
  const api = wrap(createPanelApi(() => holder.view, setView, refresh, call));
  function Host() {
    const [view, setState] = useState(holder.view);
    holder.show = setState;
    return <PersonPanel view={view} crmLabel="NationBuilder" api={api} timeZone="UTC" />;
  }
  const utils = render(<Host />);
  return { api, view: () => holder.view, container: utils.container as HTMLElement, unmount: utils.unmount };
}
