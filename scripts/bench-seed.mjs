// The benchmark's synthetic store, imported through the product's own restore (importBackup).

/**
 * Runs in an extension page (handed to `page.evaluate`, so it must stand alone): builds the
 * synthetic backup and keeps its text in the page as `globalThis.benchBackup`, so a large file
 * never crosses to Node. In proportion, per person: 2 held 1:1s, 2 commitments, 10 follow-ups.
 * `overdue` of the open follow-ups are overdue; with `maria`, the demo's María José Núñez is the
 * first person (the bench opens her page).
 */
export function buildSyntheticBackup({ followUps, overdue = 0, maria = false }) {
  const DAY = 86_400_000;
  const now = Date.now();
  const people = [];
  const meetings = [];
  const commitments = [];
  const followups = [];
  const person = (key, crmId, name, url) => people.push({ key, crm: 'nationbuilder', account: key.split(':')[1], crmId, name, url, createdAt: now - 800 * DAY, updatedAt: now });
  const perPerson = (key, p) => {
    for (let m = 0; m < 2; m++) {
      const at = now - ((p * 7 + m * 90) % 700) * DAY - DAY;
      meetings.push({ id: `${key}:m${m}`, personKey: key, templateId: 'six-steps', status: 'held', startedAt: at, endedAt: at + 2_700_000, ask: 'Come to the action', answer: m ? 'yes' : 'ambivalent', report: { issue: 'Housing repairs', notes: 'Synthetic notes for the benchmark.' }, createdAt: at, updatedAt: at });
    }
    commitments.push({ id: `${key}:c0`, personKey: key, meetingId: `${key}:m1`, direction: 'theirs', what: 'Bring two neighbours', goal: 'Grow the team', dueAt: now - 30 * DAY, status: 'kept', closedAt: now - 29 * DAY, createdAt: now - 40 * DAY, updatedAt: now - 29 * DAY });
    commitments.push({ id: `${key}:c1`, personKey: key, meetingId: `${key}:m1`, direction: 'mine', what: 'Send the flyer', dueAt: now + ((p % 60) + 2) * DAY, status: 'open', createdAt: now - DAY, updatedAt: now - DAY });
    for (let f = 0; f < 10; f++) {
      const done = f < 6;
      const due = done ? now - (f + 1) * 20 * DAY : now + ((p + f) % 90) * DAY + 3_600_000;
      followups.push({ id: `${key}:f${f}`, personKey: key, meetingId: `${key}:m1`, kind: done ? 'thank-you' : 'check-in', title: 'Check in', dueAt: due, status: done ? 'done' : 'open', doneAt: done ? due - 3_600_000 : undefined, createdAt: now - 50 * DAY, updatedAt: now - DAY });
    }
  };
  if (maria) {
    const key = 'nationbuilder:riverside:id:1201';
    person(key, '1201', 'María José Núñez', 'http://riverside.nationbuilder.com/admin/signups/1201');
    perPerson(key, 0);
  }
  for (let p = maria ? 1 : 0; followups.length < followUps; p++) {
    const key = `nationbuilder:bench:id:${p}`;
    person(key, String(p), `Person ${p}`, `http://bench.nationbuilder.com/admin/signups/${p}`);
    perPerson(key, p);
  }
  // A realistic few are overdue (and already notified, as they would be by now).
  for (let i = 0; i < Math.min(overdue, people.length); i++) {
    const f = followups[i * 10 + 6];
    f.dueAt = now - (i + 1) * 3_600_000;
    f.notifiedAt = f.dueAt;
  }
  const text = JSON.stringify({ format: '1:1-companion-backup', version: 1, exportedAt: now, people, meetings, commitments, followups, templates: [], settings: { timeZone: 'UTC' } });
  globalThis.benchBackup = text;
  return { bytes: text.length, people: people.length, meetings: meetings.length, commitments: commitments.length, followups: followups.length };
}

/** Replaces the store with the synthetic one; how long the restore took, and what it held. */
export async function seedStore(extPage, followUps, overdue) {
  const counts = await extPage.evaluate(buildSyntheticBackup, { followUps, overdue, maria: true });
  const ms = await extPage.evaluate(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ id: 1, type: 'importBackup', data: { text: globalThis.benchBackup, mode: 'replace' }, timestamp: Date.now() });
    if (reply?.err) throw new Error(reply.err.message);
    return performance.now() - started;
  });
  return { ms, ...counts };
}
