import { esc, page } from '../html.mjs';

/**
 * Person pages built to test the panel's frame, on the "testbed" nation: a page whose own script
 * spies on the panel, a page with a strict Content-Security-Policy, a page with a fixed toolbar on
 * the right (and a link the browser does not leave the page for), a page whose layout ignores the
 * room made for the panel, and a heavy page (thousands of nodes, several styles and scripts) for
 * the benchmark.
 */
export const testbedPeople = {
  1: { name: 'Rosa Spielman', email: 'rosa@example.org' },
  2: { name: 'Casey Policy', email: 'casey@example.org' },
  3: { name: 'Tomás Herrera', email: 'tomas.h@example.org' },
  4: { name: 'Wren Wide', email: 'wren@example.org' },
  5: { name: 'Hana Heavy', email: 'hana@example.org' },
};

const css = `body{margin:0;font:14px/1.4 Helvetica,Arial,sans-serif;background:#eef1f4;color:#222}
.top{background:#263238;color:#fff;padding:10px 16px}
.card{background:#fff;border:1px solid #d9dee3;border-radius:4px;padding:16px;margin:16px}
.card h1{margin:0 0 6px;font-size:24px}`;

function card(person) {
  return `<section class="card" aria-label="Person card"><h1>${esc(person.name)}</h1><div>Email: <a href="mailto:${esc(person.email)}">${esc(person.email)}</a></div>
<p>Notes and history would be here. This card is as wide as the page lets it be.</p></section>`;
}

// The page's own script: listens to every key and input, looks for the panel's content and
// drafts, and presses every button it can reach. Results in window.__spy for the tests.
const spyScript = `window.__spy = { keys: [], inputs: [], found: [] };
document.addEventListener('keydown', (e) => window.__spy.keys.push(e.key), true);
window.addEventListener('keydown', (e) => window.__spy.keys.push(e.key), true);
document.addEventListener('input', (e) => window.__spy.inputs.push(String(e.target && e.target.value)), true);
window.__spyLook = () => {
  const host = document.querySelector('one-on-one-companion');
  const found = [];
  if (host && host.shadowRoot) found.push('shadowRoot:' + host.shadowRoot.innerHTML);
  found.push('text:' + document.body.innerText);
  const frames = [...document.querySelectorAll('iframe'), ...(host && host.shadowRoot ? host.shadowRoot.querySelectorAll('iframe') : [])];
  for (const frame of frames) {
    try { found.push('frame:' + frame.contentWindow.document.body.innerText); } catch (e) { found.push('frame-blocked'); }
  }
  for (const store of [sessionStorage, localStorage]) for (let i = 0; i < store.length; i++) found.push('storage:' + store.key(i) + '=' + store.getItem(store.key(i)));
  return found;
};
window.__spyPress = () => {
  let pressed = 0;
  const roots = [document];
  const host = document.querySelector('one-on-one-companion');
  if (host && host.shadowRoot) roots.push(host.shadowRoot);
  for (const root of roots) root.querySelectorAll('button, [role=button]').forEach((b) => { b.click(); pressed++; });
  const frames = host && host.shadowRoot ? [...host.shadowRoot.querySelectorAll('iframe')] : [];
  for (const frame of frames) {
    try { frame.contentWindow.document.querySelectorAll('button').forEach((b) => { b.click(); pressed++; }); } catch (e) {}
    // Made-up messages: a forged token and a forged request.
    try { frame.contentWindow.postMessage({ occToken: 'forged-token-forged-token-1234' }, '*'); } catch (e) {}
    try { frame.contentWindow.postMessage({ type: 'createMeeting', data: {} }, '*'); } catch (e) {}
  }
  return pressed;
};`;

const toolbar = `<div role="toolbar" aria-label="Record tools" style="position:fixed;right:0;top:120px;display:flex;flex-direction:column;gap:6px;padding:8px;background:#37474f">
<button type="button">Call</button><button type="button">Tag</button><button type="button">Merge</button></div>`;

function heavy(person) {
  const styles = Array.from({ length: 6 }, (_, i) => `<style>.h${i} li:nth-child(odd){background:#f${i}f${i}f${i}} .h${i} .when{color:#5${i}5} .h${i} a:hover{text-decoration:underline}</style>`).join('');
  const items = Array.from(
    { length: 1500 },
    (_, i) => `<li class="activity"><span class="when">${i + 1} days ago</span> <a href="#a${i}">Event ${i}</a> <em>by</em> <b>Staff ${i % 17}</b></li>`,
  ).join('');
  const scripts = Array.from({ length: 4 }, (_, i) => `<script>(function(){var s=0;for(var j=0;j<20000;j++){s+=j%${i + 3}};window.__heavy${i}=s;})();</script>`).join('');
  return `${styles}${card(person)}<div class="h0 h1 h2"><ol>${items}</ol></div>${scripts}`;
}

export function route(host, url) {
  if (host !== 'testbed.nationbuilder.com') return null;
  // An export that has nothing to send: the browser stays on the page (204 No Content), as it
  // does for a download or a navigation that is cancelled.
  if (/^\/admin\/signups\/\d+\/export$/.test(url.pathname)) return { status: 204, html: '' };
  const match = /^\/admin\/signups\/(\d+)/.exec(url.pathname);
  const person = match ? testbedPeople[match[1]] : undefined;
  if (!person) return { status: 404, html: page({ title: 'Not found', body: '<h1>Not found</h1>' }) };
  const id = match[1];
  const top = `<div class="top">testbed</div>`;
  const bodies = {
    1: `${top}${card(person)}<script>${spyScript}</script>`,
    2: `${top}${card(person)}`,
    3: `${top}${card(person)}<p style="margin:16px"><a href="/admin/signups/3/export">Export this person</a></p>${toolbar}`,
    4: `${top}<div style="min-width:1500px">${card(person)}</div>`,
    5: `${top}${heavy(person)}`,
  };
  return {
    status: 200,
    html: page({ title: `${person.name} | testbed`, css, body: bodies[id] }),
    // A strict policy: the page's own resources only, frames from itself only.
    headers: id === '2' ? { 'content-security-policy': "default-src 'self'; frame-src 'self'; script-src 'self'" } : {},
  };
}
