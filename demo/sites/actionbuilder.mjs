import { esc, page } from '../html.mjs';
import { actionbuilderPeople } from '../people.mjs';

// Resembles Action Builder: a single-page app. Every path gets the same shell; a script draws
// the list or a profile from the URL, moves between people with pushState, and (like a real
// app fetching data) clears the old profile at once and draws the new one a moment later.
const css = `
body{margin:0;font:14px/1.5 Inter,Arial,sans-serif;background:#f7f7fb;color:#222}
.top{background:#2d2a6e;color:#fff;padding:10px 18px;display:flex;gap:18px}
.top a{color:#dcdcff;text-decoration:none}
.wrap{display:flex}
nav.side{width:220px;background:#fff;border-right:1px solid #e2e2ee;min-height:100vh;padding:12px}
nav.side a{display:block;padding:6px;color:#2d2a6e;text-decoration:none;border-radius:4px}
nav.side a:hover{background:#eeeeff}
main{flex:1;padding:22px}
.profile{background:#fff;border:1px solid #e2e2ee;border-radius:8px;padding:18px;max-width:720px}
.profile h1{margin:0 0 6px;font-size:24px}
.tabs a{margin-right:14px;color:#2d2a6e}
`;

const script = `
(() => {
  const data = JSON.parse(document.getElementById('people').textContent);
  const main = document.querySelector('main');
  const side = document.querySelector('nav.side');
  const base = '?campaignId=' + data.campaign;
  let timer;
  const el = (tag, props = {}, ...kids) => { const e = document.createElement(tag); Object.assign(e, props); e.append(...kids); return e; };
  const link = (href, text) => { const a = el('a', { href, textContent: text, className: 'spa' }); a.dataset.spa = ''; return a; };
  side.replaceChildren(...data.people.map((p) => link('/entity/view/' + p.id + '/profile' + base, p.name)), link('/entity/list' + base, 'All people'));
  function draw() {
    clearTimeout(timer);
    const m = /^\\/entity\\/view\\/(\\d+)/.exec(location.pathname);
    if (!m) { main.replaceChildren(el('h2', { textContent: 'People' }), el('p', { textContent: data.people.length + ' people in this campaign' }), el('ul', {}, ...data.people.map((p) => el('li', {}, link('/entity/view/' + p.id + '/profile' + base, p.name))))); document.title = 'People | Action Builder'; return; }
    const person = data.people.find((p) => p.id === m[1]);
    // The old person goes at once; the new one comes after a simulated fetch.
    main.replaceChildren(el('p', { textContent: 'Loading…' }));
    document.title = 'Action Builder';
    timer = setTimeout(() => {
      if (!person) { main.replaceChildren(el('h2', { textContent: 'Not found' })); return; }
      const section = el('section', { className: 'profile' });
      section.dataset.entityId = person.id;
      const contact = [];
      if (person.email) contact.push(el('div', {}, 'Email: ', el('a', { href: 'mailto:' + person.email, textContent: person.email })));
      if (person.phone) contact.push(el('div', {}, 'Phone: ', el('a', { href: 'tel:' + person.phone, textContent: person.phone })));
      section.append(el('h1', { textContent: person.name }), ...contact, el('div', { textContent: 'Unit: ' + person.unit }),
        el('div', { className: 'tabs' }, link('/entity/view/' + person.id + '/profile' + base, 'Profile'), link('/entity/view/' + person.id + '/notes' + base, 'Notes'), link('/entity/view/' + person.id + '/connections' + base, 'Connections')));
      main.replaceChildren(section);
      document.title = person.name + ' | Action Builder';
    }, 300);
  }
  document.addEventListener('click', (event) => {
    const a = event.target.closest && event.target.closest('a[data-spa]');
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState({}, '', a.getAttribute('href'));
    draw();
  });
  addEventListener('popstate', draw);
  draw();
})();`;

export function route(host) {
  const match = /^([a-z0-9-]+)\.actionbuilder\.org$/i.exec(host);
  if (!match) return null;
  const org = match[1].toLowerCase();
  // JSON inside a script element: "<" is escaped so markup in names cannot end the element.
  const json = JSON.stringify({ campaign: 7, people: actionbuilderPeople[org] ?? [] }).replaceAll('<', '\\u003c');
  return {
    status: 200,
    html: page({
      title: 'Action Builder',
      css,
      body: `<div class="top"><strong>Action Builder</strong><span>${esc(org)}</span><a href="#">Campaigns</a></div>
<div class="wrap"><nav class="side" aria-label="People"></nav><main></main></div>
<script type="application/json" id="people">${json}</script>
<script>${script}</script>`,
    }),
  };
}
