/**
 * NationBuilder control-panel pages written by hand, in the shapes nations are seen in: the
 * classic overview box (name in an h1) and the structure public scripts show (`.signup-name`,
 * `#signup_note_nav`, `.activity` log, opted-out address in <strike>). Our own markup.
 */

/** The site header of newer themes: the organization's name in an h1, the signed-in organizer. */
export const orgHeader = (org = 'Riverside Tenants Union') =>
  `<header><h1>${org}</h1><nav><a href="/admin/signups">People</a> <a href="/admin">Dashboard</a></nav>
   <span class="current-user">Signed in as <a href="mailto:organizer@riverside.example.org">Alex Rivera</a></span></header>`;

export const tabs = (id: number) =>
  `<ul id="signup_note_nav"><li><a href="/admin/signups/${id}">Activity</a></li><li><a href="/admin/signups/${id}/email">Email</a></li><li><a href="/admin/signups/${id}/notes">Notes</a></li></ul>`;

export const activity = `<div class="activities">
  <div class="activity"><span class="signup-name">Jo Kim</span> emailed <a href="mailto:jo.kim@riverside.example.org">jo.kim@riverside.example.org</a>: Page not found on the old site</div>
  <div class="activity"><span class="signup-name">Sam Okafor</span> was unsubscribed: <strike>sam.old@example.org</strike></div>
  <a class="next-page" href="?page=2">Older activity</a>
</div>`;

/** A person page in the newer structure. `profile` is the inside of the profile box. */
export const signupPage = (profile: string, { id = 1301, org = 'Riverside Tenants Union' } = {}) =>
  `${orgHeader(org)}<main><section class="profile-box">${profile}<div>Point person: Alex Rivera</div></section>${tabs(id)}${activity}</main>`;

/** A person page in the classic structure, as older nations draw it. */
export const classicPage = (name: string, contact = '') =>
  `<div class="topbar"><strong>riverside</strong><a href="/admin">Dashboard</a></div>
   <main><section class="overview"><h1>${name}</h1>${contact}</section><nav class="tabs"><a href="#">Profile</a></nav><section><h2>Profile</h2></section></main>`;
