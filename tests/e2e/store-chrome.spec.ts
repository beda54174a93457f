import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { hostResolverRules } from '../../demo/server.mjs';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { type Server, newProfileDir, panel, startServer } from './harness';
import { unzip } from './store/unzip';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const CHROME_ZIP = join(ROOT, process.env.OCC_OUT ?? '.output', `${pkg.name}-${pkg.version}-chrome.zip`);

describe('the Chrome Web Store package', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('loads in Chromium from the zip’s contents: the popup opens and the panel names the person', async () => {
    expect(existsSync(CHROME_ZIP), `${CHROME_ZIP} (npm run zip makes it)`).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'occ-chrome-zip-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const files = await unzip(CHROME_ZIP, dir);
    expect(files).toContain('manifest.json');
    // What the store gets is the extension alone: no sources, maps or tests.
    expect(files.filter((f) => /\.(ts|tsx|map)$|^(src|tests|node_modules)\//.test(f))).toEqual([]);

    const server: Server = await startServer();
    cleanup.push(() => server.close());
    const profile = await newProfileDir();
    cleanup.push(() => rm(profile, { recursive: true, force: true }));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: 1366, height: 800 },
      args: chromiumArgs({ extensionDir: dir, hostRules: hostResolverRules(server.port) }),
    });
    cleanup.push(() => context.close());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('heading', { name: 'Follow-ups', exact: true }).count()).toBe(1);

    const page = await context.newPage();
    await page.goto('http://riverside.nationbuilder.com/admin/signups/1201');
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).first().textContent(), { timeout: 10_000 }).toBe('María José Núñez');
  });
});
