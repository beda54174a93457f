import { esc, page } from '../html.mjs';
import * as nationbuilder from './nationbuilder.mjs';
import * as actionnetwork from './actionnetwork.mjs';
import * as actionbuilder from './actionbuilder.mjs';
import { DEMO, addFault, contract, resetContract, takeFault } from './state.mjs';

/**
 * The contract server: the documented endpoints of the three CRM APIs, on the CRMs' own host
 * names (the demo server maps them), each request checked against the shapes in
 * ../../shared/crm-apis.md. Faults are switched on from the inbox page, its control URL
 * (`/crm-inbox/fault?kind=429&retryAfter=2`) or, in tests, addFault() from state.mjs.
 */
const apis = { nationbuilder, actionnetwork, actionbuilder };

function crmOf(host, path) {
  if (/\.nationbuilder\.com$/.test(host) && (path.startsWith('/api/') || path.startsWith('/oauth/'))) return 'nationbuilder';
  if (host === 'actionnetwork.org' && path.startsWith('/api/')) return 'actionnetwork';
  if (/\.actionbuilder\.org$/.test(host) && path.startsWith('/api/')) return 'actionbuilder';
  return undefined;
}

const isInbox = (host, path) => (host === 'localhost' || host === '127.0.0.1') && path.startsWith('/crm-inbox');

/** True when this request is for the contract server rather than a demo page. */
export function handles(host, url) {
  return crmOf(host, url.pathname) !== undefined || isInbox(host, url.pathname);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return { __unparsed: text };
  }
}

function send(res, { status, body, headers = {} }) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** Answers one request for an API, the inbox or its controls. */
export async function serve(req, res, host, url) {
  if (isInbox(host, url.pathname)) return serveInbox(req, res, url);
  const crm = crmOf(host, url.pathname);
  const method = req.method ?? 'GET';
  const path = url.pathname + url.search;
  const body = await readBody(req);
  const entry = { at: Date.now(), crm, host, method, path, body, status: 0, fault: undefined };
  contract.log.push(entry);
  const fault = takeFault(crm, method, url.pathname);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === 'hang') return; // never answer: the client's timeout decides
  if (fault && fault.kind !== 'hang-after-store') {
    entry.status = Number(fault.kind);
    const headers = { 'content-type': 'application/json', ...(fault.kind === '429' ? { 'retry-after': String(fault.retryAfter) } : {}) };
    const errors = {
      401: crm === 'nationbuilder' ? { code: 'unauthorized', message: 'Your access token may be missing or invalid.' } : { error: 'API Key invalid or not present' },
      403: { error: 'Forbidden' },
      429: crm === 'nationbuilder' ? { code: 'too_many_requests', message: 'Rate limit exceeded' } : { error: 'Too many requests' },
      500: { error: 'Internal Server Error' },
    };
    return send(res, { status: entry.status, body: errors[fault.kind] ?? { error: 'Demo fault' }, headers });
  }
  const answer = apis[crm].handle({ host, method, url, headers: req.headers, body, path }) ?? { status: 404, body: { error: 'Not found' }, headers: { 'content-type': 'application/json' } };
  entry.status = answer.status;
  if (fault?.kind === 'hang-after-store') return; // stored; the answer never comes
  send(res, answer);
}

async function serveInbox(req, res, url) {
  if (url.pathname === '/crm-inbox/state.json') {
    return send(res, { status: 200, body: { ...contract, oauth: undefined }, headers: { 'content-type': 'application/json' } });
  }
  if (url.pathname === '/crm-inbox/fault') {
    const q = Object.fromEntries(url.searchParams);
    addFault({ crm: q.crm || undefined, method: q.method || undefined, path: q.path || undefined, kind: q.kind, retryAfter: q.retryAfter, times: q.times });
    return send(res, { status: 303, body: '', headers: { location: '/crm-inbox' } });
  }
  if (url.pathname === '/crm-inbox/reset') {
    resetContract();
    return send(res, { status: 303, body: '', headers: { location: '/crm-inbox' } });
  }
  return send(res, { status: 200, body: inboxPage(), headers: { 'content-type': 'text/html; charset=utf-8' } });
}

const pre = (value) => `<pre>${esc(JSON.stringify(value, null, 2))}</pre>`;

/** The demo CRM inbox: what arrived, what is stored, and switches for faults. */
function inboxPage() {
  const rows = [...contract.log]
    .reverse()
    .map((e) => `<tr><td>${esc(new Date(e.at).toISOString().slice(11, 23))}</td><td>${esc(e.crm)}</td><td>${esc(e.method)}</td><td>${esc(e.path)}</td><td>${esc(e.status || '…')}${e.fault ? ` (${esc(e.fault)})` : ''}</td><td>${e.body === undefined ? '' : pre(e.body)}</td></tr>`)
    .join('');
  const faultLinks = ['401', '429', '500', 'hang', 'hang-after-store']
    .map((kind) => `<a href="/crm-inbox/fault?kind=${kind}${kind === '429' ? '&retryAfter=2' : ''}">${esc(kind)} on the next request</a>`)
    .join(' · ');
  return page({
    title: 'Demo CRM inbox',
    css: 'body{font:14px/1.4 system-ui,sans-serif;margin:20px;color:#1d2733}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d5dbe1;padding:4px 6px;vertical-align:top;text-align:left}pre{margin:0;white-space:pre-wrap;max-width:60ch}',
    body: `<h1>Demo CRM inbox</h1>
<p>What the contract server received from 1:1 Companion. Demo credentials: NationBuilder token <code>${esc(DEMO.nationbuilderToken)}</code> (any nation; OAuth client id <code>${esc(DEMO.oauthClientId)}</code>, secret <code>${esc(DEMO.oauthClientSecret)}</code>), Action Network key <code>${esc(DEMO.actionnetworkKey)}</code> (group eastside-tenants), Action Builder key <code>${esc(DEMO.actionbuilderKey)}</code> with campaign <code>${esc(DEMO.actionbuilderCampaign)}</code>.</p>
<p>Faults: ${faultLinks} · <a href="/crm-inbox/reset">Reset everything</a> · <a href="/crm-inbox/state.json">state.json</a></p>
<h2>NationBuilder contacts</h2>${pre(contract.contacts)}
<h2>NationBuilder taggings</h2>${pre(contract.taggings.map((x) => ({ ...x, tag: contract.tags.find((t) => t.id === x.tag_id)?.name })))}
<h2>Action Network custom fields and tags</h2>${pre({ fields: contract.anFields, tags: contract.anTags })}
<h2>Action Builder assessments and tag responses</h2>${pre({ assessments: contract.abAssessments, tags: contract.abTags })}
<h2>Requests, newest first</h2>
<table><thead><tr><th>Time (UTC)</th><th>CRM</th><th>Method</th><th>Path</th><th>Answer</th><th>Body</th></tr></thead><tbody>${rows}</tbody></table>`,
  });
}
