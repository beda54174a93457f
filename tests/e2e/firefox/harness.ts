import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer as createHttpServer } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type ElementHandle, type Frame, type JSHandle, type Page } from 'puppeteer-core';
import { startDemoServer } from '../../../demo/server.mjs';
import { ACTION_TIMEOUT, type Loc, type Role, type Session, type Tab, type Text } from '../driver/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, process.env.OCC_OUT ?? '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** The store package `npm run zip:firefox` makes: the tests install exactly what users get. */
export const FIREFOX_ZIP = join(OUT, `${pkg.name}-${pkg.version}-firefox.zip`);
export const FIREFOX_DIR = join(OUT, 'firefox-mv3');
export const ADDON_ID = 'one-on-one-companion@organizers.example';
/** Firefox picks a random internal address per profile; the tests fix it (a preference) to open the extension's pages. */
export const ADDON_UUID = '6f1d2c3b-0a4e-4b7f-9c8d-1e2f3a4b5c6d';

interface Server {
  port: number;
  close(): Promise<void>;
}

/** FIREFOX_PATH, else firefox-esr or firefox on the PATH. */
export function findFirefox(): string | undefined {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * Firefox sends https through a proxy as CONNECT host:443; this tunnels every such connection to
 * the demo server, which answers the CRM APIs' https addresses with its own certificate (it
 * tells TLS from plain http by the first byte). Plain http goes to the demo server directly.
 */
async function startTunnel(port: number): Promise<Server> {
  const open = new Set<import('node:net').Socket>();
  const tunnel = createHttpServer((_req, res) => res.writeHead(405).end());
  tunnel.on('connect', (_req, client: import('node:net').Socket, head: Buffer) => {
    const upstream = tcpConnect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((done) => tunnel.listen(0, '127.0.0.1', () => done()));
  return {
    port: (tunnel.address() as import('node:net').AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of open) socket.destroy();
        tunnel.close(() => done());
      }),
  };
}

/** @testing-library/dom's browser build, then our query helpers (./in-page.js). */
const injected = [
  readFileSync(createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8'),
  readFileSync(join(import.meta.dirname, 'in-page.js'), 'utf8'),
].join(';\n');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `attempt` until it returns something, or fails with the last reason after `timeout`. */
async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeout = ACTION_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let reason = '';
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      reason = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${what}: gave up after ${timeout} ms${reason ? ` (${reason})` : ''}`);
    await sleep(50);
  }
}

type Wire = { s: string } | { re: [string, string] };
type Step =
  | { kind: 'role'; role: Role; name?: Wire; level?: number }
  | { kind: 'label'; text: Wire }
  | { kind: 'text'; text: Wire }
  | { kind: 'nth'; index: number }
  | { kind: 'filter'; hasText: Wire };
type Scope = 'page' | 'panel';

const wire = (text: Text): Wire => (typeof text === 'string' ? { s: text } : { re: [text.source, text.flags] });

/** Evaluates `fn` in a frame with the query helpers present (injected on first use in each document). */
async function inFrame<R, A extends unknown[]>(frame: Frame, fn: (...args: A) => R, ...args: A): Promise<R> {
  const ready = await frame.evaluate(() => Boolean((window as { __occ?: unknown }).__occ));
  if (!ready) await frame.evaluate(injected);
  return (await frame.evaluate(fn as never, ...(args as unknown as never[]))) as R;
}

/**
 * THE place that knows where the 1:1 panel lives: the frame whose document holds the region
 * named "1:1 Companion" (today an extension page the guest frames inside its shadow root).
 * Each frame is asked rather than matched by address, which Firefox may report as about:blank.
 */
async function panelFrame(page: Page): Promise<Frame | undefined> {
  const frames = page.frames();
  // Child frames first: that is where the panel is.
  for (const frame of [...frames.slice(1), frames[0]!]) {
    const here = await inFrame(frame, () => Boolean((window as unknown as { __occ: { findPanel(): Element | null } }).__occ.findPanel())).catch(() => false);
    if (here) return frame;
  }
  return undefined;
}

type Occ = {
  resolve(scope: Scope, steps: Step[]): Element[];
  actionable(el: Element): boolean;
};

class FirefoxLoc implements Loc {
  constructor(
    private readonly tab: FirefoxTab,
    private readonly scope: Scope,
    private readonly steps: Step[] = [],
  ) {}

  private with(step: Step): FirefoxLoc {
    return new FirefoxLoc(this.tab, this.scope, [...this.steps, step]);
  }
  getByRole(role: Role, options: { name?: Text; level?: number } = {}) {
    return this.with({ kind: 'role', role, name: options.name === undefined ? undefined : wire(options.name), level: options.level });
  }
  getByLabel(text: Text) {
    return this.with({ kind: 'label', text: wire(text) });
  }
  getByText(text: Text) {
    return this.with({ kind: 'text', text: wire(text) });
  }
  first() {
    return this.with({ kind: 'nth', index: 0 });
  }
  last() {
    return this.with({ kind: 'nth', index: -1 });
  }
  nth(index: number) {
    return this.with({ kind: 'nth', index });
  }
  filter(options: { hasText: Text }) {
    return this.with({ kind: 'filter', hasText: wire(options.hasText) });
  }

  private async frame(): Promise<Frame | undefined> {
    return this.scope === 'panel' ? panelFrame(this.tab.page) : this.tab.page.mainFrame();
  }

  async count(): Promise<number> {
    const frame = await this.frame();
    if (!frame) return 0;
    return inFrame(frame, (scope, steps) => (window as unknown as { __occ: Occ }).__occ.resolve(scope, steps).length, this.scope, this.steps).catch(() => 0);
  }

  /** The one element an action applies to, once it is there and usable, with its frame. */
  private async one(): Promise<{ frame: Frame; el: ElementHandle<Element> }> {
    return this.explained(() => this.findOne());
  }

  /** On failure, says what each frame of the tab shows (a panel stuck on a message, say). */
  private async explained<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      const frames = await Promise.all(
        this.tab.page.frames().map((f) => f.evaluate(() => `${location.href}: ${(document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 160)}`).catch(() => '(gone)')),
      );
      (error as Error).message += `\n  the tab's frames: ${frames.join('\n    ')}`;
      throw error;
    }
  }

  private async findOne(): Promise<{ frame: Frame; el: ElementHandle<Element> }> {
    return until(`${this.describe()}`, async () => {
      const frame = await this.frame();
      if (!frame) throw new Error('the panel is not on the page');
      await inFrame(frame, () => undefined);
      const handle = await frame.evaluateHandle(
        (scope, steps) => {
          const occ = (window as unknown as { __occ: Occ }).__occ;
          const found = occ.resolve(scope, steps);
          if (found.length > 1) return `${found.length} elements match`;
          if (found.length === 0) return 'nothing matches';
          return occ.actionable(found[0]!) ? found[0]! : 'not visible or not enabled';
        },
        this.scope,
        this.steps,
      );
      const problem = await problemOf(handle);
      if (problem) {
        await handle.dispose();
        throw new Error(problem);
      }
      return { frame, el: handle as unknown as ElementHandle<Element> };
    });
  }

  private describe(): string {
    const show = (w?: Wire) => (!w ? '' : 's' in w ? JSON.stringify(w.s) : `/${w.re[0]}/${w.re[1]}`);
    return [this.scope, ...this.steps.map((s) => (s.kind === 'role' ? `role ${s.role} ${show(s.name)}` : s.kind === 'nth' ? `nth ${s.index}` : s.kind === 'filter' ? `has ${show(s.hasText)}` : `${s.kind} ${show(s.text)}`))].join(' > ');
  }

  async click(): Promise<void> {
    const { frame, el } = await this.one();
    await clickElement(frame, el);
  }

  async fill(value: string): Promise<void> {
    const { frame, el } = await this.one();
    const direct = await el.evaluate((node) => node instanceof HTMLInputElement && ['date', 'datetime-local', 'time', 'month', 'week', 'color', 'range'].includes(node.type));
    if (direct) {
      // Firefox's date and time fields take typing segment by segment; a person picks a value.
      await el.evaluate((node, v) => {
        const input = node as HTMLInputElement;
        input.focus();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
      return;
    }
    await clickElement(frame, el);
    const current = await el.evaluate((node) => (node as HTMLInputElement).value ?? '');
    if (current) await keys(frame, [CONTROL, 'a', `/${CONTROL}`, BACKSPACE]);
    if (value) await keys(frame, [...value].map((c) => (c === '\n' ? ENTER : c)));
  }

  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }

  async selectOption(option: { label: string }): Promise<void> {
    const { el } = await this.one();
    const ok = await el.evaluate((node, label) => {
      const select = node as HTMLSelectElement;
      const choice = [...select.options].find((o) => o.label === label || o.textContent?.trim() === label);
      if (!choice) return false;
      select.focus();
      select.value = choice.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, option.label);
    if (!ok) throw new Error(`${this.describe()}: no option labelled ${option.label}`);
  }

  async setInputFiles(path: string): Promise<void> {
    const { el } = await this.one();
    await (el as ElementHandle<HTMLInputElement>).uploadFile(path);
  }

  private async read<R>(fn: (el: Element) => R): Promise<R> {
    return this.explained(() => this.readOnce(fn));
  }

  private async readOnce<R>(fn: (el: Element) => R): Promise<R> {
    return until(`${this.describe()}`, async () => {
      const frame = await this.frame();
      if (!frame) throw new Error('the panel is not on the page');
      await inFrame(frame, () => undefined);
      const handle = await frame.evaluateHandle(
        (scope, steps) => {
          const found = (window as unknown as { __occ: Occ }).__occ.resolve(scope, steps);
          return found.length === 1 ? found[0]! : `${found.length} elements match`;
        },
        this.scope,
        this.steps,
      );
      const problem = await problemOf(handle);
      if (problem) throw new Error(problem);
      return (await (handle as unknown as JSHandle<Element>).evaluate(fn as never)) as R;
    });
  }

  inputValue(): Promise<string> {
    return this.read((el) => (el as HTMLInputElement).value);
  }
  textContent(): Promise<string | null> {
    return this.read((el) => el.textContent);
  }
  isChecked(): Promise<boolean> {
    return this.read((el) => (el as HTMLInputElement).checked ?? el.getAttribute('aria-checked') === 'true');
  }
}

/** The reason an element handle is a string instead (see one() and read()), or ''. */
function problemOf(handle: unknown): Promise<string> {
  return (handle as JSHandle<unknown>).evaluate((value) => (typeof value === 'string' ? value : ''));
}

// WebDriver's key codes.
const CONTROL = '\uE009';
const BACKSPACE = '\uE003';
const ENTER = '\uE007';

/** Presses keys in the frame's document (`/X` releases a held key X). */
async function keys(frame: Frame, sequence: string[]): Promise<void> {
  const actions = sequence.flatMap((key) =>
    key.startsWith('/') && key.length > 1
      ? [{ type: 'keyUp', value: key.slice(1) }]
      : key === CONTROL
        ? [{ type: 'keyDown', value: key }]
        : [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
  );
  await context(frame).performActions([{ type: 'key', id: '__occ_keys', actions }]);
}

/**
 * A real mouse click on the element's centre. puppeteer's own click works out the frame's
 * offset from its <iframe> element, which it looks for with querySelectorAll and so cannot find
 * inside the guest's shadow root; WebDriver BiDi can aim at the element itself.
 */
async function clickElement(frame: Frame, el: ElementHandle<Element>): Promise<void> {
  await el.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
  const sharedId = (el as unknown as { remoteValue(): { sharedId: string } }).remoteValue().sharedId;
  await context(frame).performActions([
    {
      type: 'pointer',
      id: '__occ_mouse',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ],
    },
  ]);
}

/** puppeteer's BiDi browsing context behind a frame (for what its public API does not offer). */
interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  reload(options: { wait: 'complete' }): Promise<void>;
  traverseHistory(delta: number): Promise<void>;
  performActions(actions: unknown[]): Promise<void>;
}
const context = (frame: Frame) => (frame as unknown as { browsingContext: BidiContext }).browsingContext;

class FirefoxTab implements Tab {
  constructor(
    readonly page: Page,
    private readonly downloads: string,
  ) {}

  private root() {
    return new FirefoxLoc(this, 'page');
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
  panel(): Loc {
    return new FirefoxLoc(this, 'panel');
  }
  // puppeteer's goto waits for navigation events Firefox does not send for extension pages;
  // BiDi's own "wait until complete" works for every page.
  async goto(url: string) {
    await context(this.page.mainFrame()).navigate(url, 'complete');
  }
  async reload() {
    await context(this.page.mainFrame()).reload({ wait: 'complete' });
  }
  async back() {
    await context(this.page.mainFrame()).traverseHistory(-1);
    await this.page.mainFrame().waitForFunction(() => document.readyState === 'complete');
  }
  url() {
    return this.page.evaluate(() => location.href);
  }
  async close(options?: { runBeforeUnload?: boolean }) {
    await this.page.close({ runBeforeUnload: options?.runBeforeUnload ?? false });
    // runBeforeUnload only starts the close (the page may still save): wait until it is gone.
    if (options?.runBeforeUnload) await until('tab closed', async () => (this.page.isClosed() ? true : undefined));
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async download(action: () => Promise<void>) {
    const before = new Set(await readdir(this.downloads));
    await action();
    const filename = await until('download', async () => {
      const names = (await readdir(this.downloads)).filter((n) => !before.has(n) && !n.endsWith('.part'));
      if (names.length !== 1) return undefined;
      // Finished when the partial file is gone and the size holds.
      const size = (await stat(join(this.downloads, names[0]!))).size;
      await sleep(100);
      return (await stat(join(this.downloads, names[0]!))).size === size ? names[0] : undefined;
    });
    return { filename, text: await readFile(join(this.downloads, filename), 'utf8') };
  }
}

export interface FirefoxOptions {
  /** Extra preferences, e.g. a short event-page idle time. */
  prefs?: Record<string, string | number | boolean>;
}

/** Firefox ESR with the extension installed from its store package, CRM hosts sent to `server`. */
export class FirefoxSession implements Session {
  readonly browserName = 'firefox' as const;
  readonly pageErrors: string[] = [];
  private browser!: Browser;
  /** Release Firefox refuses an unsigned permanent install: then the add-on is temporary, installed again after each start. */
  private temporary = false;

  private constructor(
    private readonly server: Server,
    private readonly tunnel: Server,
    readonly profileDir: string,
    readonly workDir: string,
    private readonly options: FirefoxOptions,
  ) {}

  static async launch(server: Server, options: FirefoxOptions = {}): Promise<FirefoxSession> {
    const session = new FirefoxSession(server, await startTunnel(server.port), await mkdtemp(join(tmpdir(), 'occ-ff-profile-')), await mkdtemp(join(tmpdir(), 'occ-ff-work-')), options);
    await session.start(true);
    return session;
  }

  private prefs(): Record<string, string | number | boolean> {
    return {
      // The CRMs' real host names go to the demo server (it routes by Host header).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': this.server.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': this.tunnel.port,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // ESR (and Developer Edition, Nightly) may install an unsigned add-on for good.
      'xpinstall.signatures.required': false,
      // For the temporary fallback: keep its data when Firefox removes it at shutdown.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Firefox's own alert windows, which stay listed; headless has no system notifier.
      'alerts.useSystemBackend': false,
      // Downloads land in the work folder, without asking.
      'browser.download.dir': join(this.workDir, 'downloads'),
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      ...this.options.prefs,
    };
  }

  private async start(install: boolean): Promise<void> {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('No Firefox found: install it (apt-get install firefox-esr) or set FIREFOX_PATH');
    if (!existsSync(FIREFOX_ZIP)) throw new Error(`No ${FIREFOX_ZIP}: run npm run zip:firefox first`);
    await mkdir(join(this.workDir, 'downloads'), { recursive: true });
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      // The demo server's own certificate for the CRM APIs (this profile only ever talks to it).
      acceptInsecureCerts: true,
      userDataDir: this.profileDir,
      // Lets WebDriver open the extension's own pages (moz-extension://).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: this.prefs(),
    });
    if (install || this.temporary) await this.install();
  }

  private async install(): Promise<void> {
    const send = (params: object) => (this.browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send('webExtension.install', params);
    if (!this.temporary) {
      try {
        await send({ extensionData: { type: 'archivePath', path: FIREFOX_ZIP }, 'moz:permanent': true });
        return;
      } catch {
        this.temporary = true;
      }
    }
    await send({ extensionData: { type: 'path', path: FIREFOX_DIR } });
  }

  extensionUrl(path: string): string {
    return `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`;
  }

  private async tabFor(page: Page): Promise<FirefoxTab> {
    await page.setViewport({ width: 1366, height: 800 });
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${(error as Error).message}`));
    return new FirefoxTab(page, join(this.workDir, 'downloads'));
  }

  async open(url: string): Promise<Tab> {
    const tab = await this.tabFor(await this.browser.newPage());
    await tab.goto(url);
    return tab;
  }

  async newTab(action: () => Promise<void>): Promise<Tab> {
    const before = new Set(await this.browser.pages());
    await action();
    const page = await until('a new tab', async () => (await this.browser.pages()).find((p) => !before.has(p)));
    await until('the new tab to load', async () => ((await page.evaluate(() => location.href !== 'about:blank' && document.readyState === 'complete').catch(() => false)) ? true : undefined));
    return this.tabFor(page);
  }

  /**
   * Firefox suspends an idle event page by itself; the session must be launched with a short
   * `extensions.background.idle.timeout`. Waits until the background page is gone.
   */
  async stopBackground(): Promise<void> {
    if (!this.options.prefs?.['extensions.background.idle.timeout']) throw new Error('launch with a short extensions.background.idle.timeout to stop the background');
    // An extension page can see whether the background page is alive (it asks once, on load).
    const tab = await this.open(this.extensionUrl('popup.html'));
    await until(
      'the event page to be suspended',
      async () => ((await tab.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews().some((v) => v.location.pathname.includes('background')))) ? undefined : true),
      30_000,
    );
    await tab.close();
  }

  async restart(): Promise<void> {
    await this.browser.close();
    await this.start(false);
  }

  async fresh(): Promise<Session> {
    return FirefoxSession.launch(this.server, this.options);
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    await this.tunnel.close();
    await rm(this.profileDir, { recursive: true, force: true });
    await rm(this.workDir, { recursive: true, force: true });
  }
}

/** A demo server and a Firefox for one spec file, closed after its tests. */
export function firefoxSuite(options: FirefoxOptions = {}): { session: Session; server: Server } {
  const suite = {} as { session: FirefoxSession; server: Server };
  beforeAll(async () => {
    suite.server = (await startDemoServer()) as Server;
    suite.session = await FirefoxSession.launch(suite.server, options);
  }, 60_000);
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}

