import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type FrameLocator, type Locator, type Page, type Worker } from 'playwright-core';
import { hostResolverRules, startDemoServer } from '../../demo/server.mjs';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.OCC_OUT ?? '.output', 'chrome-mv3');

export interface Server {
  port: number;
  close(): Promise<void>;
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The service worker as it is now (it may be replaced after a restart). */
  worker(): Promise<Worker>;
  /** Host-page errors seen so far (uncaught exceptions on CRM pages). */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  /** Closes the browser; keeps the profile unless `removeProfile`. */
  close(options?: { removeProfile?: boolean }): Promise<void>;
}

export function startServer(): Promise<Server> {
  return startDemoServer();
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'occ-profile-'));
}

export interface LaunchOptions {
  /**
   * The browser's interface language, e.g. 'es': what the extension's i18n follows. Debian's
   * Chromium needs its chromium-l10n package for any language but English.
   */
  lang?: string;
}

/** Launches Chromium with the built extension, mapping the CRM hosts to `server`. */
export async function launchBrowser(server: Server, userDataDir?: string, options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH');
  const dir = userDataDir ?? (await newProfileDir());
  const { lang } = options;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: { width: 1366, height: 800 },
    args: [...chromiumArgs({ extensionDir: EXTENSION_DIR, hostRules: hostResolverRules(server.port) }), ...(lang ? [`--lang=${lang}`] : [])],
    // On Linux, with --lang alone, i18n.getUILanguage() and navigator.language stay English: Chromium
    // reads its interface language from the environment.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` }, locale: lang } : {}),
  });
  // An action on something that never comes fails with its place in the test instead of hanging.
  context.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  const track = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(track);
  context.on('page', track);

  const worker = async () => {
    const current = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return current ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    userDataDir: dir,
    worker,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close(options) {
      await context.close();
      if (options?.removeProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A folder for one spec file's own files (backups to restore, downloads): made before its tests, deleted after. */
export function scratchDir(): { readonly path: string } {
  const scratch = { path: '' };
  beforeAll(async () => {
    scratch.path = await newProfileDir();
  });
  afterAll(() => rm(scratch.path, { recursive: true, force: true }));
  return scratch;
}

/** The panel's frame element on the CRM page (the guest's host holds it in a shadow root). */
export function panelFrameElement(page: Page): Locator {
  return page.locator('one-on-one-companion iframe');
}

/** Inside the panel's frame: the extension page the guest frames on the CRM page. */
export function panelFrame(page: Page): FrameLocator {
  return panelFrameElement(page).contentFrame();
}

/** The panel's region, found the way a person finds it: by its accessible name, inside its frame. */
export function panel(page: Page): Locator {
  return panelFrame(page).getByRole('complementary', { name: '1:1 Companion' });
}

/** The name the panel shows for the person (its first second-level heading). */
export const personName = (page: Page) => panel(page).getByRole('heading', { level: 2 }).first().textContent();

/** The folded rail's button, inside the panel's frame. */
export function panelRail(page: Page): Locator {
  return panelFrame(page).getByRole('button', { name: /^Open 1:1 panel/ });
}

/** Reloads the extension the way a developer (or an update) does, from chrome://extensions. */
export async function reloadExtension(browser: Browser): Promise<void> {
  const page = await browser.open('chrome://extensions');
  const devMode = page.locator('#devMode');
  if ((await devMode.getAttribute('aria-pressed')) !== 'true') await devMode.click();
  await page.locator(`extensions-item#${browser.extensionId} #dev-reload-button`).click();
  await browser.worker();
  await page.close();
}

/**
 * A demo server and a fresh browser for one spec file: started before its tests, closed (with
 * the profile) after them. A test may replace `browser`, e.g. to restart with the same profile.
 */
export function browserSuite(options: LaunchOptions = {}): { server: Server; browser: Browser } {
  const suite = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser(suite.server, undefined, options);
  });
  afterAll(async () => {
    await suite.browser?.close({ removeProfile: true });
    await suite.server?.close();
  });
  return suite;
}
