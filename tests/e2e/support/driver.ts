/**
 * The small surface the shared e2e flows need from a browser, so the same assertions run in
 * Chromium (playwright-core, CDP) and Firefox (puppeteer-core, WebDriver BiDi).
 */

/** A function run inside the page; it must be self-contained (it is sent as source text). */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** One tab. */
export interface E2ePage {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world and returns its (JSON-serialisable) result. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Moves the mouse to viewport CSS pixel (x, y) in `steps` moves (5 unless given), back to back. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** Clicks with the left button at viewport CSS pixel (x, y). */
  mouseClick(x: number, y: number): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Presses a key or chord, e.g. `Enter`, `Tab`, `Alt+Shift+KeyA`, `Control+Enter` (modifiers first). */
  press(keys: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /**
   * Emulates `prefers-color-scheme` for the page. Chromium only: puppeteer's emulation needs CDP,
   * which Firefox over WebDriver BiDi does not offer, so Firefox leaves it undefined.
   */
  setColorScheme?: (scheme: 'light' | 'dark') => Promise<void>;
  /**
   * Text and HTML of the closed shadow root of the first `<claimlens-card>`, read through the
   * browser's debugging protocol (pierce). Only Chromium can do this; Firefox leaves it undefined.
   */
  readCardShadow?: () => Promise<{ text: string; html: string } | null>;
  close(): Promise<void>;
}

/** A browser session (with or without the extension). */
export interface E2eBrowser {
  /** e.g. "Chromium 156.0.8078.108 via playwright-core 1.65.1 (CDP)" */
  label: string;
  /** Opens a new tab (about:blank). */
  newPage(): Promise<E2ePage>;
  /** Absolute URL of an extension page, e.g. `chrome-extension://ID/popup.html?tabId=3`. */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and waits until its document has loaded. */
  openExtensionPage(path: string): Promise<E2ePage>;
  close(): Promise<void>;
}

/**
 * Polls `fn` in the page until it returns a truthy value.
 * @param timeoutMs give up after this many ms
 * @param what used in the timeout error
 * @returns the first truthy value
 * @throws Error naming `what` and the last value or error when the time runs out
 */
export async function pollPage<A, R>(
  page: E2ePage,
  fn: PageFunction<A, R>,
  arg: A,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      last = error; // navigation in progress, context not ready yet
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
