import { z } from 'zod';
import { actionnetworkPeople } from '../people.mjs';
import { DEMO, contract } from './state.mjs';

/*
 * Action Network API v2 (OSDI, HAL+JSON) as ../../shared/crm-apis.md documents it: the entry
 * point, people (GET with an OData filter on email_address, PUT with custom_fields), the signup
 * helper (POST people with add_tags: matched by email, unknown tag names ignored). A key is one
 * group's: the demo key is eastside-tenants'; `demo-actionnetwork-key:<group>` is any other's.
 */

const TAGS = { 'eastside-tenants': ['1on1', 'volunteer'], 'riverside-parents': ['1on1'] };

export const schemas = {
  update: z.object({ custom_fields: z.record(z.string().min(1), z.string()) }).strict(),
  signup: z
    .object({
      person: z.object({ email_addresses: z.array(z.object({ address: z.email() }).strict()).min(1) }).passthrough(),
      add_tags: z.array(z.string().min(1)).optional(),
    })
    .strict(),
};

const hal = (status, body) => ({ status, body, headers: { 'content-type': 'application/hal+json' } });

function groupOf(headers) {
  const key = headers['osdi-api-token'];
  if (key === DEMO.actionnetworkKey) return 'eastside-tenants';
  const group = key?.startsWith(`${DEMO.actionnetworkKey}:`) ? key.slice(DEMO.actionnetworkKey.length + 1) : undefined;
  return group && actionnetworkPeople[group] ? group : undefined;
}

const uuidOf = (group, person) => `a1b2c3d4-0000-4000-8000-${(group.length.toString(16) + (person.id ?? person.token)).padStart(12, '0').slice(-12)}`;

function resource(group, person) {
  const id = uuidOf(group, person);
  const [given, ...family] = person.name.split(' ');
  return {
    identifiers: [`action_network:${id}`],
    given_name: given,
    family_name: family.join(' '),
    email_addresses: [{ address: person.email, primary: true }],
    custom_fields: contract.anFields[id] ?? {},
    _links: { self: { href: `https://actionnetwork.org/api/v2/people/${id}` } },
  };
}

export function handle({ host, method, url, headers, body }) {
  if (host !== 'actionnetwork.org') return undefined;
  const api = /^\/api\/v2\/?(.*)$/.exec(url.pathname)?.[1];
  if (api === undefined) return undefined;
  const group = groupOf(headers);
  if (!group) return hal(401, { error: 'API Key invalid or not present' });
  const people = actionnetworkPeople[group];

  if (method === 'GET' && api === '') return hal(200, { motd: 'Welcome to the demo Action Network API', _links: { 'osdi:people': { href: 'https://actionnetwork.org/api/v2/people' } } });
  if (method === 'GET' && api === 'people') {
    const filter = url.searchParams.get('filter') ?? '';
    const email = /^email_address eq '(.*)'$/.exec(filter)?.[1]?.replaceAll("''", "'");
    if (filter && email === undefined) return hal(400, { error: `Filter not understood: ${filter}` });
    const list = people.filter((p) => email === undefined || p.email?.toLowerCase() === email.toLowerCase());
    return hal(200, { total_records: list.length, _embedded: { 'osdi:people': list.map((p) => resource(group, p)) } });
  }
  const one = /^people\/([0-9a-f-]{36})$/.exec(api);
  if (one) {
    const person = people.find((p) => uuidOf(group, p) === one[1]);
    if (!person) return hal(404, { error: 'You must specify a valid person id' });
    if (method === 'GET') return hal(200, resource(group, person));
    if (method === 'PUT') {
      const checked = schemas.update.safeParse(body);
      if (!checked.success) return hal(400, { error: `Invalid request: ${checked.error.issues.map((i) => i.message).join('; ')}` });
      contract.anFields[one[1]] = { ...(contract.anFields[one[1]] ?? {}), ...checked.data.custom_fields };
      return hal(200, resource(group, person));
    }
  }
  if (method === 'POST' && api === 'people') {
    const checked = schemas.signup.safeParse(body);
    if (!checked.success) return hal(400, { error: `Invalid request: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` });
    const email = checked.data.person.email_addresses[0].address.toLowerCase();
    const person = people.find((p) => p.email?.toLowerCase() === email);
    // The signup helper would create a new person here; the demo refuses, so a test notices.
    if (!person) return hal(400, { error: `Demo: no activist with the email ${email} in ${group}` });
    const id = uuidOf(group, person);
    const known = (checked.data.add_tags ?? []).filter((tag) => (TAGS[group] ?? []).includes(tag));
    contract.anTags[id] = [...new Set([...(contract.anTags[id] ?? []), ...known])];
    return hal(200, resource(group, person));
  }
  return hal(404, { error: `No route for ${method} /api/v2/${api}` });
}

export { uuidOf as actionnetworkId };
