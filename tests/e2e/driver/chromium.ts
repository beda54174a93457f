import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { type Browser, type Server, launchBrowser, panel, startServer } from '../harness';
import { ACTION_TIMEOUT, type Loc, type Role, type Session, type Tab, type Text } from './types';

/** What Playwright can search in: a page or a locator. */
type Scope = Pick<Locator, 'getByRole' | 'getByLabel' | 'getByText'>;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A Playwright locator found afresh on every call (`find` returns undefined while there is
 * nothing to search yet, e.g. before the panel's frame exists). Strings match exactly.
 */
class ChromiumLoc implements Loc {
  constructor(private readonly find: () => Scope | undefined) {}

  private derive(step: (scope: Scope) => Locator): ChromiumLoc {
    return new ChromiumLoc(() => {
      const scope = this.find();
      return scope && step(scope);
    });
  }
  private locator(step: (l: Locator) => Locator): ChromiumLoc {
    return this.derive((scope) => step(scope as Locator));
  }
  getByRole(role: Role, options: { name?: Text; level?: number } = {}) {
    return this.derive((s) => s.getByRole(role, { name: options.name, level: options.level, exact: true }));
  }
  getByLabel(text: Text) {
    return this.derive((s) => s.getByLabel(text, { exact: true }));
  }
  getByText(text: Text) {
    return this.derive((s) => s.getByText(text, { exact: true }));
  }
  first() {
    return this.locator((l) => l.first());
  }
  last() {
    return this.locator((l) => l.last());
  }
  nth(index: number) {
    return this.locator((l) => l.nth(index));
  }
  filter(options: { hasText: Text }) {
    return this.locator((l) => l.filter(options));
  }

  async count() {
    const l = this.find() as Locator | undefined;
    return l ? l.count().catch(() => 0) : 0;
  }

  /** Runs an action on the locator once there is one; again if its frame went away meanwhile (a reload). */
  private async act<R>(action: (l: Locator) => Promise<R>): Promise<R> {
    const deadline = Date.now() + ACTION_TIMEOUT;
    for (;;) {
      const l = this.find() as Locator | undefined;
      try {
        if (l) return await action(l);
      } catch (error) {
        if (!/detached|Target closed|Execution context was destroyed/i.test((error as Error).message) || Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error('nothing to search');
      await sleep(50);
    }
  }
  click() {
    return this.act((l) => l.click({ timeout: ACTION_TIMEOUT }));
  }
  fill(value: string) {
    return this.act((l) => l.fill(value, { timeout: ACTION_TIMEOUT }));
  }
  check() {
    return this.act((l) => l.check({ timeout: ACTION_TIMEOUT }));
  }
  async selectOption(option: { label: string }) {
    await this.act((l) => l.selectOption(option, { timeout: ACTION_TIMEOUT }));
  }
  setInputFiles(path: string) {
    return this.act((l) => l.setInputFiles(path, { timeout: ACTION_TIMEOUT }));
  }
  inputValue() {
    return this.act((l) => l.inputValue({ timeout: ACTION_TIMEOUT }));
  }
  textContent() {
    return this.act((l) => l.textContent({ timeout: ACTION_TIMEOUT }));
  }
  isChecked() {
    return this.act((l) => l.isChecked({ timeout: ACTION_TIMEOUT }));
  }
}

class ChromiumTab implements Tab {
  constructor(readonly page: Page) {}
  private root() {
    return new ChromiumLoc(() => this.page);
  }
  getByRole(role: Role, options?: { name?: Text; level?: number }) {
    return this.root().getByRole(role, options);
  }
  getByLabel(text: Text) {
    return this.root().getByLabel(text);
  }
  getByText(text: Text) {
    return this.root().getByText(text);
  }
  /** tests/e2e/harness.ts knows where the panel is. */
  panel(): Loc {
    return new ChromiumLoc(() => panel(this.page));
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async back() {
    await this.page.goBack();
  }
  async url() {
    return this.page.url();
  }
  async close(options?: { runBeforeUnload?: boolean }) {
    await this.page.close({ runBeforeUnload: options?.runBeforeUnload ?? false });
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async download(action: () => Promise<void>) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return { filename: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }
}

/** Chromium with the built extension (tests/e2e/harness.ts), as a journey Session. */
export class ChromiumSession implements Session {
  readonly browserName = 'chromium' as const;
  private constructor(
    private readonly server: Server,
    private browser: Browser,
    readonly workDir: string,
  ) {}

  static async launch(server: Server): Promise<ChromiumSession> {
    return new ChromiumSession(server, await launchBrowser(server), await mkdtemp(join(tmpdir(), 'occ-work-')));
  }

  get pageErrors() {
    return this.browser.pageErrors;
  }
  extensionUrl(path: string) {
    return `chrome-extension://${this.browser.extensionId}/${path.replace(/^\//, '')}`;
  }
  async open(url: string): Promise<Tab> {
    return new ChromiumTab(await this.browser.open(url));
  }
  async newTab(action: () => Promise<void>): Promise<Tab> {
    const [page] = await Promise.all([this.browser.context.waitForEvent('page'), action()]);
    await page.waitForLoadState();
    return new ChromiumTab(page);
  }
  async stopBackground() {
    const page = await this.browser.context.newPage();
    const cdp = await this.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.close();
  }
  async restart() {
    const errors = this.browser.pageErrors;
    await this.browser.close();
    this.browser = await launchBrowser(this.server, this.browser.userDataDir);
    this.browser.pageErrors.unshift(...errors);
  }
  async fresh(): Promise<Session> {
    return ChromiumSession.launch(this.server);
  }
  async close() {
    await this.browser.close({ removeProfile: true });
    await rm(this.workDir, { recursive: true, force: true });
  }
}

/** A demo server and a Chromium for one spec file, closed after its tests. */
export function chromiumSuite(): { session: Session } {
  const suite = {} as { session: ChromiumSession; server: Server };
  beforeAll(async () => {
    suite.server = await startServer();
    suite.session = await ChromiumSession.launch(suite.server);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}
