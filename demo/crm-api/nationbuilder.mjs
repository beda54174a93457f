import { z } from 'zod';
import { nationbuilderPeople } from '../people.mjs';
import { DEMO, contract, newId } from './state.mjs';

/*
 * NationBuilder API v2 as ../../shared/crm-apis.md documents it (JSON:API): signups/me,
 * signups/{id}, contacts (POST, GET filtered by signup_id), signup_tags (GET by name, POST),
 * signup_taggings (POST), and the OAuth app's authorize and token endpoints. Requests are
 * checked against the documented shapes; a wrong one gets the documented 422.
 */

const METHODS = ['delivery', 'door_knock', 'email', 'email_blast', 'face_to_face', 'facebook', 'meeting', 'phone_call', 'robocall', 'snail_mail', 'text', 'text_1to1', 'text_blast', 'tweet', 'video_call', 'webinar', 'linkedin', 'other'];
const STATUSES = ['other', 'answered', 'bad_info', 'left_message', 'meaningful_interaction', 'send_information', 'not_interested', 'no_answer', 'refused', 'inaccessible'];
const IdString = z.string().regex(/^\d+$/, 'ids are strings of digits');

const resource = (type, attributes) => z.object({ data: z.object({ type: z.literal(type), attributes: z.object(attributes).strict() }).strict() }).strict();

export const schemas = {
  contact: resource('contacts', {
    author_id: IdString.optional(),
    signup_id: IdString.optional(),
    contact_status: z.enum(STATUSES).optional(),
    contact_method: z.enum(METHODS).optional(),
    broadcaster_id: IdString.optional(),
    content: z.string().optional(),
    pc_in_cents: z.number().int().optional(),
    path_id: IdString.optional(),
    path_step_id: IdString.optional(),
  }),
  tag: resource('signup_tags', { name: z.string().min(1) }),
  tagging: resource('signup_taggings', { signup_id: IdString, tag_id: IdString }),
};

const json = (status, body, headers = {}) => ({ status, body, headers: { 'content-type': 'application/vnd.api+json', ...headers } });

/** The documented 422: a JSON:API errors array pointing at each problem. */
function unprocessable(error) {
  return json(422, {
    errors: error.issues.map((issue) => {
      const pointer = issue.path.join('.');
      const unknown = issue.code === 'unrecognized_keys' ? `${[pointer, ...issue.keys].filter(Boolean).join('.')} is an unknown attribute` : `${pointer} ${issue.message}`;
      return { title: 'Unprocessable Entity', detail: unknown, source: { pointer: `/${issue.path.join('/')}` } };
    }),
  });
}

function authorized(headers) {
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  return token === DEMO.nationbuilderToken || (token !== undefined && contract.oauth.has(token));
}

const signupResource = (nation, id) => {
  const person = nationbuilderPeople[nation]?.[id];
  if (!person) return undefined;
  const [first, ...rest] = person.name.split(' ');
  return { type: 'signups', id: String(id), attributes: { first_name: first, last_name: rest.join(' '), email: person.email ?? null, phone_number: person.phone ?? null } };
};

/** OAuth: the sign-in page sends the organizer straight back with a code (no login in the demo). */
function oauth(path, url, body) {
  if (path === '/oauth/authorize') {
    const redirect = url.searchParams.get('redirect_uri');
    if (url.searchParams.get('client_id') !== DEMO.oauthClientId || !redirect) return json(400, { code: 'invalid_client', message: 'Unknown client id' });
    const back = new URL(redirect);
    back.searchParams.set('code', `demo-code-${newId()}`);
    if (url.searchParams.get('state')) back.searchParams.set('state', url.searchParams.get('state'));
    return { status: 302, body: '', headers: { location: back.toString() } };
  }
  if (path === '/oauth/token') {
    if (body?.client_id !== DEMO.oauthClientId || body?.client_secret !== DEMO.oauthClientSecret) return json(401, { code: 'invalid_client', message: 'Client authentication failed' });
    const known = body.grant_type === 'authorization_code' ? String(body.code ?? '').startsWith('demo-code-') : [...contract.oauth.values()].includes(body.refresh_token);
    if (!known) return json(400, { code: 'invalid_grant', message: 'The grant is not valid' });
    const access = `oauth-access-${newId()}`;
    const refresh = `oauth-refresh-${newId()}`;
    contract.oauth.set(access, refresh);
    return { status: 200, body: { access_token: access, refresh_token: refresh, token_type: 'bearer', expires_in: 86400 }, headers: { 'content-type': 'application/json' } };
  }
  return undefined;
}

export function handle({ host, method, url, headers, body, path }) {
  const nation = /^([a-z0-9-]+)\.nationbuilder\.com$/.exec(host)?.[1];
  if (!nation) return undefined;
  const signIn = oauth(url.pathname, url, body);
  if (signIn) return signIn;
  const api = /^\/api\/v2\/(.*)$/.exec(url.pathname)?.[1];
  if (api === undefined) return undefined;
  if (!authorized(headers)) return json(401, { code: 'unauthorized', message: 'You are not authorized to access this content. Your access token may be missing or invalid.' });
  const limits = { 'ratelimit-limit': '250', 'ratelimit-remaining': '200', 'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 10) };
  const answer = (status, payload) => json(status, payload, limits);

  if (method === 'GET' && api === 'signups/me') return answer(200, { data: { type: 'signups', id: DEMO.organizer.id, attributes: { first_name: DEMO.organizer.first_name, last_name: DEMO.organizer.last_name } } });
  const signup = /^signups\/(\d+)$/.exec(api);
  if (method === 'GET' && signup) {
    const found = signupResource(nation, signup[1]);
    return found ? answer(200, { data: found }) : answer(404, { code: 'not_found', message: 'Record not found' });
  }
  if (api === 'contacts' && method === 'POST') {
    const checked = schemas.contact.safeParse(body);
    if (!checked.success) return unprocessable(checked.error);
    const attributes = checked.data.data.attributes;
    if (attributes.signup_id && !nationbuilderPeople[nation]?.[attributes.signup_id]) return answer(422, { code: 'unprocessable_entity', message: `signup ${attributes.signup_id} does not exist` });
    const contact = { id: newId(), nation, ...attributes, created_at: new Date().toISOString() };
    contract.contacts.push(contact);
    const { id, nation: _n, ...rest } = contact;
    return answer(201, { data: { type: 'contacts', id, attributes: rest } });
  }
  if (api === 'contacts' && method === 'GET') {
    const signupId = url.searchParams.get('filter[signup_id]');
    const list = contract.contacts.filter((c) => c.nation === nation && (!signupId || c.signup_id === signupId));
    return answer(200, { data: list.map(({ id, nation: _n, ...attributes }) => ({ type: 'contacts', id, attributes })) });
  }
  if (api === 'signup_tags' && method === 'GET') {
    const name = url.searchParams.get('filter[name]');
    const list = contract.tags.filter((t) => t.nation === nation && (!name || t.name === name));
    return answer(200, { data: list.map((t) => ({ type: 'signup_tags', id: t.id, attributes: { name: t.name } })) });
  }
  if (api === 'signup_tags' && method === 'POST') {
    const checked = schemas.tag.safeParse(body);
    if (!checked.success) return unprocessable(checked.error);
    const name = checked.data.data.attributes.name;
    if (contract.tags.some((t) => t.nation === nation && t.name === name)) return answer(422, { errors: [{ title: 'Unprocessable Entity', detail: 'name has already been taken', source: { pointer: '/data/attributes/name' } }] });
    const tag = { id: newId(), nation, name };
    contract.tags.push(tag);
    return answer(201, { data: { type: 'signup_tags', id: tag.id, attributes: { name } } });
  }
  if (api === 'signup_taggings' && method === 'POST') {
    const checked = schemas.tagging.safeParse(body);
    if (!checked.success) return unprocessable(checked.error);
    const { signup_id, tag_id } = checked.data.data.attributes;
    if (!contract.tags.some((t) => t.nation === nation && t.id === tag_id)) return answer(422, { errors: [{ title: 'Unprocessable Entity', detail: `tag ${tag_id} does not exist`, source: { pointer: '/data/attributes/tag_id' } }] });
    if (contract.taggings.some((x) => x.nation === nation && x.signup_id === signup_id && x.tag_id === tag_id)) return answer(422, { errors: [{ title: 'Unprocessable Entity', detail: 'tag has already been taken', source: { pointer: '/data/attributes/tag_id' } }] });
    const tagging = { id: newId(), nation, signup_id, tag_id };
    contract.taggings.push(tagging);
    return answer(201, { data: { type: 'signup_taggings', id: tagging.id, attributes: { signup_id, tag_id } } });
  }
  return answer(404, { code: 'not_found', message: `No route for ${method} /api/v2/${api}` });
}
