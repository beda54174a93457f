import { esc, page } from '../html.mjs';
import { nationbuilderPeople } from '../people.mjs';

// Resembles the NationBuilder control panel: a top bar, a left menu, the profile overview box
// above the section tabs. Our own markup; no stable selectors are assumed by the adapter.
const css = `
body{margin:0;font:14px/1.4 Helvetica,Arial,sans-serif;background:#eef1f4;color:#222}
.topbar{background:#263238;color:#fff;padding:10px 16px;display:flex;gap:16px;align-items:center}
.topbar a{color:#cfd8dc;text-decoration:none}
.layout{display:flex}
.menu{width:200px;background:#fff;min-height:100vh;border-right:1px solid #ddd;padding:12px}
.menu a{display:block;padding:6px 4px;color:#37474f;text-decoration:none}
.main{flex:1;padding:20px}
.overview{background:#fff;border:1px solid #d9dee3;border-radius:4px;padding:16px;margin-bottom:12px}
.overview h1{margin:0 0 6px;font-size:24px}
.tags span{display:inline-block;background:#e3f2fd;border-radius:3px;padding:1px 6px;margin-right:4px}
.tabs a{display:inline-block;padding:8px 12px;background:#fff;border:1px solid #d9dee3;margin-right:4px;color:#1565c0}
.save{position:fixed;right:16px;bottom:16px;background:#2e7d32;color:#fff;padding:10px 18px;border:0;border-radius:4px}
`;

function shell(nation, title, main) {
  return page({
    title,
    css,
    body: `<div class="topbar"><strong>${esc(nation)}</strong><a href="/admin">Dashboard</a><a href="/admin/signups">People</a><a href="/admin/streams/followups">Follow ups</a><form action="/admin/search"><input name="q" placeholder="Search people" aria-label="Search people"></form></div>
<div class="layout"><nav class="menu"><a href="/admin/signups">People</a><a href="/admin/lists">Lists</a><a href="/admin/signups/dedupe">Dedupe</a><a href="/admin/paths">Paths</a></nav>
<main class="main">${main}</main></div>`,
  });
}

function profile(nation, id, person, subpage) {
  const contact = [
    person.email ? `<div>Email: <a href="mailto:${esc(person.email)}">${esc(person.email)}</a></div>` : '',
    person.phone ? `<div>Phone: <a href="tel:${esc(person.phone.replace(/[^+\d]/g, ''))}">${esc(person.phone)}</a></div>` : '',
  ].join('');
  return shell(
    nation,
    `${person.name} | ${nation}`,
    `<section class="overview" data-demo="profile-overview">
  <h1>${esc(person.name)}</h1>
  ${contact}
  <div class="tags">${person.tags.map((tag) => `<span>${esc(tag)}</span>`).join('')}</div>
  <div>Point person: ${esc(person.point || 'none')}</div>
</section>
<nav class="tabs"><a href="/admin/signups/${id}">Profile</a><a href="/admin/signups/${id}/edit">Edit</a><a href="/admin/signups/${id}/addresses/home">Addresses</a><a href="/admin/signups/${id}/activities">Activities</a></nav>
<section class="overview"><h2>${esc(subpage)}</h2><p>Recent activity for this person appears here.</p><button class="save" type="button">Save person</button></section>`,
  );
}

export function route(host, url) {
  const match = /^([a-z0-9-]+)\.nationbuilder\.com$/i.exec(host);
  if (!match) return null;
  const nation = match[1].toLowerCase();
  const path = url.pathname;
  const person = /^\/admin\/signups\/(\d+)(\/.*)?$/.exec(path);
  if (person) {
    const id = person[1];
    const record = nationbuilderPeople[nation]?.[id];
    if (!record) return { status: 404, html: shell(nation, 'Not found', '<h1>Person not found</h1>') };
    const sub = person[2] ? person[2].slice(1).replaceAll('/', ' / ') : 'Profile';
    return { status: 200, html: profile(nation, id, record, sub) };
  }
  if (path === '/admin/signups' || path === '/admin/signups/' || path === '/admin/signups/dedupe') {
    const people = Object.entries(nationbuilderPeople[nation] ?? {});
    const list = people.map(([id, p]) => `<li><a href="/admin/signups/${id}">${esc(p.name)}</a></li>`).join('');
    const title = path.endsWith('dedupe') ? 'Dedupe people' : 'People';
    return { status: 200, html: shell(nation, `${title} | ${nation}`, `<h1>${title}</h1><ul>${list}</ul>`) };
  }
  return { status: 200, html: shell(nation, `${nation}`, `<h1>${esc(nation)}</h1><p>Control panel page.</p>`) };
}
