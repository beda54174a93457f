import { esc, page } from '../html.mjs';
import { actionnetworkPeople } from '../people.mjs';

// Resembles Action Network's activist search and "View Activist" record. Our own markup: the
// adapter relies only on the URL, headings, mailto:/tel: links or an email shown as text.
const css = `
body{margin:0;font:15px/1.5 'Helvetica Neue',Arial,sans-serif;background:#f2f2f2;color:#333}
header{background:#b41e24;color:#fff;padding:12px 20px;display:flex;gap:20px;align-items:center}
header a{color:#fff;text-decoration:none;opacity:.9}
main{max-width:900px;margin:20px auto;background:#fff;padding:20px 24px;border-radius:4px}
h1{font-size:20px;color:#777;margin:0 0 12px;font-weight:normal}
h2{font-size:26px;margin:0 0 8px}
.row{display:flex;gap:8px;margin:4px 0}.row b{min-width:140px}
.btn{display:inline-block;background:#b41e24;color:#fff;padding:8px 14px;border-radius:3px;text-decoration:none;margin-top:14px}
table{width:100%;border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:8px;text-align:left}
`;

function shell(group, title, main) {
  return page({
    title,
    css,
    body: `<header><strong>Action Network</strong><a href="/user_search/group/${esc(group)}">Activists</a><a href="#">Emails</a><a href="#">Reports</a></header><main>${main}</main>`,
  });
}

function record(group, person) {
  // The email is printed as text, not a link, as on a record page.
  return shell(
    group,
    'View Activist | Action Network',
    `<h1>View Activist</h1>
<h2>${esc(person.name)}</h2>
<div class="row"><b>Email</b><span>${esc(person.email)}</span></div>
${person.phone ? `<div class="row"><b>Phone</b><a href="tel:${esc(person.phone)}">${esc(person.phone)}</a></div>` : ''}
<div class="row"><b>Address</b><span>${esc(person.address ?? '')}${person.address ? ', ' : ''}${esc(person.zip)}</span></div>
<div class="row"><b>Subscription</b><span>${person.subscribed ? 'Subscribed' : 'Unsubscribed'}</span></div>
<a class="btn" href="#">Edit Activist</a>`,
  );
}

export function route(host, url) {
  if (host !== 'actionnetwork.org' && host !== 'admin.actionnetwork.org') return null;
  const match = /^\/user_search\/group\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(url.pathname);
  if (!match) return { status: 200, html: shell('', 'Action Network', '<h1>Start organizing</h1>') };
  const group = decodeURIComponent(match[1]);
  const people = actionnetworkPeople[group] ?? [];
  if (!match[2]) {
    const rows = people
      .map((p) => {
        const href = p.id ? `/user_search/group/${group}/activist/${p.id}` : `/user_search/group/${group}/view?record=${p.token}`;
        return `<tr><td>${esc(p.name)}</td><td>${esc(p.email)}</td><td><a href="${esc(href)}">View Record</a></td></tr>`;
      })
      .join('');
    return { status: 200, html: shell(group, 'Activists | Action Network', `<h1>Search results</h1><table><tr><th>Name</th><th>Email</th><th></th></tr>${rows}</table>`) };
  }
  const person = match[3] ? people.find((p) => p.id === match[3]) : people.find((p) => p.token && p.token === url.searchParams.get('record'));
  if (!person) return { status: 404, html: shell(group, 'Not found | Action Network', '<h1>Activist not found</h1>') };
  return { status: 200, html: record(group, person) };
}
