/**
 * The people on the demo CRM pages, used by `npm start` and by the end-to-end tests. Written by
 * us; some carry accents, missing fields or markup in their names on purpose.
 */
export const nationbuilderPeople = {
  riverside: {
    // Drawn in the structure public scripts show on real nations (`structure: 'signup'`):
    // `.signup-name`, the organization's name in the header's h1, struck-through opted-out email.
    1301: { name: 'Renée Díaz-Okoro', email: 'renee.do@example.org', emailOptedOut: true, phone: '555-0131', tags: ['tenant', 'building captain'], point: 'Alex Rivera', structure: 'signup' },
    1302: { name: 'Tomás Whitfield', email: 'tomas.w@example.org', tags: ['volunteer'], point: 'Jo Kim', structure: 'signup' },
    1201: { name: 'María José Núñez', email: 'mjnunez@example.org', phone: '+1 555 0101', tags: ['tenant', 'spanish'], point: 'Alex Rivera' },
    1202: { name: 'Dev Patel', email: 'dev.patel@example.org', tags: ['volunteer'], point: 'Alex Rivera' },
    42: { name: 'Sam Okafor', email: 'sam.okafor@example.org', phone: '(555) 010-4242', tags: ['parent'], point: 'Jo Kim' },
    77: { name: 'Alex <b>Bold</b> <img src=x onerror="window.__pwned=1">Reyes', email: 'areyes@example.org', tags: [], point: '' },
    88: { name: 'Lee Chan', tags: ['prospect'], point: '' },
  },
  hillcrest: {
    42: { name: 'Jordan Lee', email: 'jordan.lee@example.org', phone: '555-0142', tags: ['faith'], point: 'Pat Moore' },
  },
};

/** Each demo nation's organization, as its control panel's header names it. */
export const nationbuilderNations = {
  riverside: 'Riverside Tenants Union',
  hillcrest: 'Hillcrest Faith Alliance',
};

/** Action Network activists, by group. `null` id: reachable only by the email on the page. */
export const actionnetworkPeople = {
  'eastside-tenants': [
    { id: '5521', name: 'Zoë Ángeles-Wright', email: 'zoe.aw@example.org', phone: '555-0177', address: '210 E 3rd St, New York, NY', zip: '10009', subscribed: true },
    { id: '5522', name: 'Marcus <i>The</i> Hill', email: 'mhill@example.org', address: '45 Essex St, New York, NY', zip: '10002', subscribed: true },
    { id: null, token: 'kb', name: 'Kenji Brown', email: 'kenji.brown@example.org', address: '88 E 10th St, New York, NY', zip: '10003', subscribed: false },
  ],
  'riverside-parents': [{ id: '5521', name: 'Ada Obi', email: 'ada.obi@example.org', phone: '555-0190', zip: '11211', subscribed: true }],
};

/** Action Builder entities, by organization. */
export const actionbuilderPeople = {
  'northside-union': [
    { id: '301', name: 'Fatima Haddad', email: 'fatima.h@example.org', phone: '555-0301', unit: 'Building A' },
    { id: '302', name: 'Tomás Quiñones', email: 'tomas.q@example.org', unit: 'Building B' },
    { id: '303', name: '<script>alert(1)</script> Robin Ng', phone: '555-0303', unit: 'Building A' },
  ],
  'southside-union': [{ id: '301', name: 'Grace Mwangi', email: 'grace.m@example.org', unit: 'Tower 2' }],
};
