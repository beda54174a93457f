import { esc, page } from '../html.mjs';
import { nationbuilderNations, nationbuilderPeople } from '../people.mjs';

// Resembles the NationBuilder control panel, in two structures (nations differ in theme and age):
// - classic: a top bar, a left menu, the profile overview box (name in an h1) above the tabs;
// - signup: what public userscripts written against real nations show: the organization's name
//   in the header's h1, the person's name in `.signup-name`, tabs in `#signup_note_nav` (one of
//   them "Email"), the activity log as `.activity` items with `.next-page` paging, an address
//   the person opted out of inside <strike>.
// Our own markup either way.
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
.nb-header{background:#1c2b36;color:#fff;padding:8px 16px;display:flex;gap:20px;align-items:center}
.nb-header h1{font-size:18px;margin:0}
.nb-header a{color:#cfd8dc;text-decoration:none}
.nb-header .current-user{margin-left:auto;font-size:12px}
.profile-box .signup-name{font-size:24px;font-weight:bold;margin-bottom:6px}
.activity .signup-name{font-weight:bold}
#signup_note_nav{list-style:none;padding:0;margin:0 0 12px;display:flex;gap:4px}
#signup_note_nav a{display:inline-block;padding:8px 12px;background:#fff;border:1px solid #d9dee3;color:#1565c0;text-decoration:none}
#signup_note_nav .selected a{background:#1565c0;color:#fff}
.activity{background:#fff;border-bottom:1px solid #eee;padding:8px 12px}
.activity .when{color:#78909c;font-size:12px}
.not-found{background:#fff;border:1px solid #d9dee3;padding:24px}
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

const orgOf = (nation) => nationbuilderNations[nation] ?? nation;

/** The newer structure's frame: the organization's name in the header h1, the signed-in organizer. */
function signupShell(nation, title, main) {
  return page({
    title,
    css,
    body: `<header class="nb-header" role="banner"><h1 class="nation-name">${esc(orgOf(nation))}</h1>
<nav aria-label="Control panel"><a href="/admin">Dashboard</a> <a href="/admin/signups">People</a> <a href="/admin/streams/followups">Follow ups</a></nav>
<div class="current-user">Signed in as <a href="mailto:organizer@${esc(nation)}.example.org">Alex Rivera</a></div></header>
<div class="layout"><nav class="menu" aria-label="Menu"><a href="/admin/signups">People</a><a href="/admin/lists">Lists</a><a href="/admin/signups/dedupe">Dedupe</a><a href="/admin/paths">Paths</a></nav>
<main class="main">${main}</main></div>`,
  });
}

const SIGNUP_TABS = [
  ['', 'Activity'],
  ['/email', 'Email'],
  ['/notes', 'Notes'],
  ['/addresses/home', 'Addresses'],
  ['/edit', 'Edit'],
];

const daysAgo = (n) => (n === 1 ? '1 day ago' : `${n} days ago`);

/** Five activity items a page, older ones behind `.next-page`. */
function activityLog(id, person, pageNo) {
  const items = [
    ['Alex Rivera', 'logged a phone call', 'Talked about the repairs petition.'],
    ['Jo Kim', 'added a tag', person.tags[0] ?? 'member'],
    ['Alex Rivera', 'sent an email blast', 'November newsletter'],
    ['Sam Okafor', 'recruited', 'Came to the building meeting'],
    ['Alex Rivera', 'changed the point person', 'Alex Rivera'],
    ['Jo Kim', 'logged a door knock', 'Not home'],
    ['Alex Rivera', 'imported', 'From the sign-in sheet'],
  ];
  const shown = items.slice((pageNo - 1) * 5, pageNo * 5);
  const more = items.length > pageNo * 5 ? `<a class="next-page" href="/admin/signups/${id}?page=${pageNo + 1}">Older activity</a>` : '';
  return `<div class="activities">${shown
    .map(([who, what, detail], i) => `<div class="activity"><span class="signup-name">${esc(who)}</span> ${esc(what)}: ${esc(detail)} <span class="when">${daysAgo((pageNo - 1) * 5 + i + 1)}</span></div>`)
    .join('')}${more}</div>`;
}

function signupProfile(nation, id, person, sub, pageNo) {
  const email = person.email
    ? person.emailOptedOut
      ? `<div class="signup-email">Email: <strike>${esc(person.email)}</strike></div>`
      : `<div class="signup-email">Email: <a href="mailto:${esc(person.email)}">${esc(person.email)}</a></div>`
    : '';
  const phone = person.phone ? `<div>Phone: <a href="tel:${esc(person.phone.replace(/[^+\d]/g, ''))}">${esc(person.phone)}</a></div>` : '';
  const tabs = SIGNUP_TABS.map(([path, label]) => `<li${sub === path ? ' class="selected"' : ''}><a href="/admin/signups/${id}${path}">${label}</a></li>`).join('');
  const body =
    sub === '/addresses/home'
      ? `<form class="overview"><label>Street <input name="street" value="12 River Rd"></label> <button type="button">Save address</button></form>`
      : sub === '/email'
        ? `<section class="overview"><h2>Email</h2><p>${person.emailOptedOut ? 'This person has unsubscribed from email.' : 'No emails sent yet.'}</p></section>`
        : activityLog(id, person, pageNo);
  return signupShell(
    nation,
    orgOf(nation),
    `<section class="overview profile-box" data-demo="profile-overview">
  <div class="signup-name">${esc(person.name)}</div>
  ${email}${phone}
  <div>NationBuilder ID: ${esc(id)}</div>
  <div class="tags">${person.tags.map((tag) => `<span>${esc(tag)}</span>`).join('')}</div>
  <div>Point person: ${esc(person.point || 'none')}</div>
</section>
<ul id="signup_note_nav">${tabs}</ul>
${body}`,
  );
}

/** What a nation shows under a person's address that does not exist: served with 404. */
function notFound(nation) {
  return signupShell(
    nation,
    `Page not found | ${orgOf(nation)}`,
    `<section class="not-found"><h2>Page not found</h2><p>The page you were looking for doesn't exist. It may have been merged or deleted.</p><p><a href="/admin/signups">Back to people</a></p></section>`,
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
    if (!record) return { status: 404, html: notFound(nation) };
    if (record.structure === 'signup') {
      const pageNo = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
      return { status: 200, html: signupProfile(nation, id, record, person[2] ?? '', pageNo) };
    }
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
