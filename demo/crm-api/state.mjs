/**
 * What the contract server has received and stored, and the faults it is told to answer with.
 * One copy per server process: `npm start` and the end-to-end tests (which run the server in
 * their own process) read it directly; the demo CRM inbox page shows it.
 */

/** Demo credentials, printed by `npm start` and typed in Options → CRM connections. */
export const DEMO = {
  nationbuilderToken: 'demo-nationbuilder-token',
  oauthClientId: 'demo-client',
  oauthClientSecret: 'demo-client-secret',
  actionnetworkKey: 'demo-actionnetwork-key',
  actionbuilderKey: 'demo-actionbuilder-key',
  /** The demo Action Builder campaign's interact id (36 characters). */
  actionbuilderCampaign: '7c1d3e2a-5b4f-4a6e-9d8c-000000000007',
  /** signups/me: the organizer the demo token belongs to. */
  organizer: { id: '45', first_name: 'Alex', last_name: 'Rivera' },
};

function fresh() {
  return {
    /** Every API request, in order: { at, crm, method, path, status, body, fault }. */
    log: [],
    /** NationBuilder contacts, tags and taggings, by nation. */
    contacts: [],
    tags: [{ id: '9', nation: 'riverside', name: 'volunteer' }],
    taggings: [],
    /** Action Network people's custom fields and tags, by person id. */
    anFields: {},
    anTags: {},
    /** Action Builder assessments and tag responses, by interact id. */
    abAssessments: {},
    abTags: {},
    /** Queued faults: { crm, method, path, kind, retryAfter, times }. */
    faults: [],
    /** Tokens issued by the demo OAuth app (access → refresh). */
    oauth: new Map(),
    nextId: 1000,
  };
}

export const contract = fresh();

export function resetContract() {
  Object.assign(contract, fresh());
}

/**
 * Makes the next matching requests fail: kind '401', '403', '429' (with `retryAfter` seconds),
 * '500', 'hang' (never answer, store nothing) or 'hang-after-store' (store, then never answer).
 * `method` and `path` (a substring of the API path) narrow which requests it applies to.
 */
export function addFault({ crm, method, path, kind, retryAfter = 1, times = 1 }) {
  contract.faults.push({ crm, method: method?.toUpperCase(), path, kind, retryAfter: Number(retryAfter), times: Number(times) });
}

/** The fault for this request, if one is queued (and counts it down). */
export function takeFault(crm, method, path) {
  const fault = contract.faults.find((f) => (!f.crm || f.crm === crm) && (!f.method || f.method === method) && (!f.path || path.includes(f.path)));
  if (!fault) return undefined;
  fault.times -= 1;
  if (fault.times <= 0) contract.faults.splice(contract.faults.indexOf(fault), 1);
  return fault;
}

export const newId = () => String(contract.nextId++);
