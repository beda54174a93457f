/**
 * The people on the demo CRM pages, used by `npm start` and by the end-to-end tests. Written by
 * us; some carry accents, missing fields or markup in their names on purpose.
 */
export const nationbuilderPeople = {
  riverside: {
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
