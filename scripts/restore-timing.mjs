// `node scripts/restore-timing.mjs [extension dir]`: times big restores through the real protocol
// in headless Chromium, as the options page sends them, and how long the page's main thread was
// blocked meanwhile. Data in the benchmark's proportions: per person 2 1:1s, 2 commitments,
// 10 follow-ups. RESTORE_FOLLOWUPS sets the size (default 50,000); RESTORE_STEPS the restores, in
// order, into one fresh profile (default "replace,replace,merge": into an empty store, over the
// same data, then the same file merged, where every record is already up to date).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { buildSyntheticBackup } from './bench-seed.mjs';

const root = resolve(import.meta.dirname, '..');
const extDir = resolve(process.argv[2] ?? join(root, '.output', 'chrome-mv3'));
const FOLLOWUPS = Number(process.env.RESTORE_FOLLOWUPS ?? 50_000);
const STEPS = (process.env.RESTORE_STEPS ?? 'replace,replace,merge').split(',');

const dir = mkdtempSync(join(tmpdir(), 'occ-restore-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs({ extensionDir: extDir, hostRules: 'MAP nothing 127.0.0.1' }),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const results = [];
  let counts;
  for (const [run, mode] of STEPS.entries()) {
    // The same file every time (made once per page), so a merge after a restore finds every record up to date.
    counts ??= await page.evaluate(buildSyntheticBackup, { followUps: FOLLOWUPS });
    const result = await page.evaluate(async ({ mode, people, meetings, commitments, followups }) => {
      const text = globalThis.benchBackup;
      const records = people + meetings + commitments + followups;
      // The page's longest stall while the restore runs: gaps between animation frames.
      let last = performance.now();
      let longest = 0;
      let frames = 0;
      let watching = true;
      const tick = () => {
        const t = performance.now();
        longest = Math.max(longest, t - last);
        last = t;
        frames++;
        if (watching) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Progress notes reach the page as the options page hears them (lib/restore-progress.ts).
      const progress = crypto.randomUUID();
      const notes = [];
      const listen = (changes, area) => {
        const note = area === 'session' ? changes[`restore-progress:${progress}`]?.newValue : undefined;
        if (note) notes.push({ ...note, at: performance.now() });
      };
      chrome.storage?.onChanged.addListener(listen);
      const started = performance.now();
      let reply = await chrome.runtime.sendMessage({ id: 1, type: 'importBackup', data: { text, mode, progress }, timestamp: Date.now() });
      // A build from before progress reports refuses the key at once: ask it without.
      if (reply?.err?.message.includes('"progress"')) reply = await chrome.runtime.sendMessage({ id: 1, type: 'importBackup', data: { text, mode }, timestamp: Date.now() });
      const ms = performance.now() - started;
      watching = false;
      chrome.storage?.onChanged.removeListener(listen);
      const firstWriting = notes.find((n) => n.phase === 'writing');
      if (reply?.err) throw new Error(reply.err.message);
      return { mode, ms: Math.round(ms), bytes: text.length, records, longestFrameGapMs: Math.round(longest), frames, progressNotes: notes.length, firstCountAfterMs: firstWriting ? Math.round(firstWriting.at - started) : null };
    }, { mode, ...counts });
    results.push(result);
    console.log(`run ${run + 1}:`, JSON.stringify(result));
  }
  console.log(`restores of ${FOLLOWUPS.toLocaleString('en')} follow-ups (${STEPS.join(', ')}): ${results.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
