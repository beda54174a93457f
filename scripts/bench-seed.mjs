// The benchmark's synthetic store, imported through the product's own restore (importBackup).

/** Synthetic data in proportion: per person 2 meetings, 2 commitments, 10 follow-ups. */
export function seedStore(extPage, followUps, overdue) {
  return extPage.evaluate(
    async ({ followUps, overdue }) => {
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
      const maria = 'nationbuilder:riverside:id:1201';
      person(maria, '1201', 'María José Núñez', 'http://riverside.nationbuilder.com/admin/signups/1201');
      perPerson(maria, 0);
      for (let p = 1; followups.length < followUps; p++) {
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
      const backup = { format: '1:1-companion-backup', version: 1, exportedAt: now, people, meetings, commitments, followups, templates: [], settings: { timeZone: 'UTC' } };
      const text = JSON.stringify(backup);
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ id: 1, type: 'importBackup', data: { text, mode: 'replace' }, timestamp: Date.now() });
      if (reply?.err) throw new Error(reply.err.message);
      return { ms: performance.now() - started, bytes: text.length, people: people.length, meetings: meetings.length, commitments: commitments.length, followups: followups.length };
    },
    { followUps, overdue },
  );
}
