/**
 * The small surface the shared journeys (tests/e2e/journeys/) drive a browser through, so the
 * same journey runs in Chromium (Playwright, ./chromium.ts) and in Firefox (puppeteer over
 * WebDriver BiDi, ../firefox/harness.ts). It is a subset of Playwright's Locator API with one
 * rule made explicit: a string matches a whole name, label or text (whitespace collapsed,
 * case kept); a RegExp matches anywhere in it.
 *
 * Locators are lazy: each call finds its element again, so one taken before a reload, or
 * before the panel's frame exists, keeps working. Actions wait (up to ACTION_TIMEOUT) for
 * exactly one visible, enabled match and fail if there are several.
 */

export type Text = string | RegExp;

export const ACTION_TIMEOUT = 20_000;

/** The roles the journeys look for (ARIA names). */
export type Role =
  | 'alert'
  | 'article'
  | 'button'
  | 'cell'
  | 'checkbox'
  | 'combobox'
  | 'complementary'
  | 'form'
  | 'heading'
  | 'img'
  | 'link'
  | 'list'
  | 'listitem'
  | 'navigation'
  | 'radio'
  | 'region'
  | 'row'
  | 'status'
  | 'table'
  | 'textbox';

export interface Finder {
  getByRole(role: Role, options?: { name?: Text; level?: number }): Loc;
  /** A form control by its label (a <label>, aria-label or aria-labelledby). */
  getByLabel(text: Text): Loc;
  /** The innermost elements whose text matches. */
  getByText(text: Text): Loc;
}

export interface Loc extends Finder {
  first(): Loc;
  last(): Loc;
  nth(index: number): Loc;
  /** Keeps the matches whose text contains `hasText` (a string: ignoring case). */
  filter(options: { hasText: Text }): Loc;
  count(): Promise<number>;
  click(): Promise<void>;
  /** Replaces a field's value the way typing does (date and time fields: set directly). */
  fill(value: string): Promise<void>;
  check(): Promise<void>;
  selectOption(option: { label: string }): Promise<void>;
  setInputFiles(path: string): Promise<void>;
  inputValue(): Promise<string>;
  textContent(): Promise<string | null>;
  isChecked(): Promise<boolean>;
}

export interface Tab extends Finder {
  /** The 1:1 panel on a CRM page: the one place that knows where it lives. */
  panel(): Loc;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  url(): Promise<string>;
  /** Closes the tab; `runBeforeUnload` lets the page's unload handlers run first (as a person closing it does). */
  close(options?: { runBeforeUnload?: boolean }): Promise<void>;
  /** Runs in the page's main frame; on an extension page, with the extension's APIs. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `action` and returns the file it downloads. */
  download(action: () => Promise<void>): Promise<{ filename: string; text: string }>;
}

export interface Session {
  readonly browserName: 'chromium' | 'firefox';
  /** An extension page's address, e.g. extensionUrl('popup.html'). */
  extensionUrl(path: string): string;
  open(url: string): Promise<Tab>;
  /** Runs `action` and returns the tab it opened. */
  newTab(action: () => Promise<void>): Promise<Tab>;
  /**
   * Stops the background the way the browser does when it is idle (Chromium stops the service
   * worker, Firefox suspends the event page); the next event starts it again.
   */
  stopBackground(): Promise<void>;
  /** Closes the browser and starts it again with the same profile (and the extension in it). */
  restart(): Promise<void>;
  /** Another browser of the same kind with a fresh profile; closed by the caller. */
  fresh(): Promise<Session>;
  close(): Promise<void>;
  /** Uncaught errors on web pages so far. */
  readonly pageErrors: string[];
  /** A scratch folder for files the journeys write. */
  readonly workDir: string;
}

/** One user journey, run in every browser. */
export interface Journey {
  name: string;
  run(session: Session): Promise<void>;
}
