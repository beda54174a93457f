import { z } from 'zod';
import { actionbuilderPeople } from '../people.mjs';
import { DEMO, contract } from './state.mjs';

/*
 * Action Builder REST v1 (OSDI 1.2) as ../../shared/crm-apis.md documents it: a campaign
 * (GET), its people (GET with a filter on email_address; GET one, with browser_url and the
 * latest assessment) and the person signup helper (POST campaigns/{cid}/people) setting the
 * assessment and adding tag responses. The traps maintainers report are kept: a wrong section
 * or field answers 500, a `remove_tags` key answers 500, and a response value not enabled in
 * the campaign answers 200 and is dropped.
 */

/** The demo campaign's fields: section → field → enabled responses. */
const FIELDS = { Outreach: { '1:1 status': ['1on1', 'Had a 1:1'] } };
/** Assessment values enabled in the demo campaign (Action Builder allows 1–6). */
const ENABLED_ASSESSMENTS = [1, 2, 3, 4, 5, 6];

const TagResponse = z
  .object({
    'action_builder:section': z.string().min(1),
    'action_builder:field': z.string().min(1),
    name: z.string().min(1),
    'action_builder:create_tag': z.boolean().optional(),
    'action_builder:note_response': z.string().optional(),
  })
  .strict();

export const schemas = {
  signup: z
    .object({
      person: z
        .object({
          identifiers: z.array(z.string().regex(/^action_builder:[0-9a-f-]{36}$/, 'identifiers are action_builder:{36-character interact id}')).min(1),
          'action_builder:latest_assessment': z.number().int().min(1).max(6).nullable().optional(),
        })
        .passthrough(),
      add_tags: z.array(TagResponse).optional(),
      add_connections: z.array(z.object({ person_id: z.string() }).passthrough()).optional(),
    })
    .strict(),
};

const hal = (status, body) => ({ status, body, headers: { 'content-type': 'application/hal+json' } });
const interactOf = (org, person) => `0ab1c2d3-0000-4000-8000-${(org.length.toString(16) + person.id).padStart(12, '0').slice(-12)}`;

function resource(org, person) {
  const id = interactOf(org, person);
  const [given, ...family] = person.name.split(' ');
  return {
    identifiers: [`action_builder:${id}`],
    given_name: given,
    family_name: family.join(' '),
    email_addresses: person.email ? [{ address: person.email }] : [],
    browser_url: `https://${org}.actionbuilder.org/entity/view/${person.id}/profile?campaignId=7`,
    'action_builder:latest_assessment': contract.abAssessments[id] ?? null,
  };
}

export function handle({ host, method, url, headers, body }) {
  const org = /^([a-z0-9-]+)\.actionbuilder\.org$/.exec(host)?.[1];
  if (!org) return undefined;
  const api = /^\/api\/rest\/v1\/(.*)$/.exec(url.pathname)?.[1];
  if (api === undefined) return undefined;
  if (headers['osdi-api-token'] !== DEMO.actionbuilderKey || !actionbuilderPeople[org]) return hal(401, { error: 'Unauthorized: the API token is missing or not valid for this organization' });
  const people = actionbuilderPeople[org];
  const campaign = /^campaigns\/([0-9a-f-]{36})(?:\/(.*))?$/.exec(api);
  if (!campaign || campaign[1] !== DEMO.actionbuilderCampaign) return hal(404, { error: 'Campaign not found' });
  const rest = campaign[2] ?? '';

  if (method === 'GET' && rest === '') return hal(200, { identifiers: [`action_builder:${campaign[1]}`], name: 'Northside organizing drive' });
  if (method === 'GET' && rest === 'people') {
    const filter = url.searchParams.get('filter') ?? '';
    const email = /^email_address eq '(.*)'$/.exec(filter)?.[1]?.replaceAll("''", "'");
    const list = people.filter((p) => email === undefined || p.email?.toLowerCase() === email.toLowerCase());
    return hal(200, { total_records: list.length, _embedded: { 'osdi:people': list.map((p) => resource(org, p)) } });
  }
  const one = /^people\/([0-9a-f-]{36})$/.exec(rest);
  if (method === 'GET' && one) {
    const person = people.find((p) => interactOf(org, p) === one[1]);
    return person ? hal(200, resource(org, person)) : hal(404, { error: 'Person not found' });
  }
  if (method === 'POST' && rest === 'people') {
    if (body && typeof body === 'object' && 'remove_tags' in body) return hal(500, { error: 'Internal Server Error' });
    const checked = schemas.signup.safeParse(body);
    if (!checked.success) return hal(400, { error: `Invalid request: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` });
    const id = checked.data.person.identifiers[0].slice('action_builder:'.length);
    const person = people.find((p) => interactOf(org, p) === id);
    if (!person) return hal(422, { error: 'A person needs a name' });
    for (const tag of checked.data.add_tags ?? []) {
      const field = FIELDS[tag['action_builder:section']]?.[tag['action_builder:field']];
      if (!field) return hal(500, { error: 'Internal Server Error' });
      // Not enabled in the campaign: accepted and silently dropped, as reported.
      if (field.includes(tag.name) || tag['action_builder:create_tag']) {
        contract.abTags[id] = [...(contract.abTags[id] ?? []), { section: tag['action_builder:section'], field: tag['action_builder:field'], name: tag.name }];
      }
    }
    const level = checked.data.person['action_builder:latest_assessment'];
    if (level === null) delete contract.abAssessments[id];
    else if (level !== undefined && ENABLED_ASSESSMENTS.includes(level)) contract.abAssessments[id] = level;
    return hal(200, resource(org, person));
  }
  return hal(404, { error: `No route for ${method} /api/rest/v1/${api}` });
}

export { interactOf as actionbuilderId };
