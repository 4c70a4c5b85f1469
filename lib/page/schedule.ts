/**
 * Main-thread budgeting: ClaimLens's work runs in slices with yields between them, so no task it
 * runs comes near the 50 ms long-task limit (W3C Long Tasks API, https://w3c.github.io/longtasks/).
 */

/** Longest stretch of ClaimLens work between yields, ms (the 50 ms limit, with margin for the last unit of a slice and a busy machine). */
export const SLICE_MS = 20;

/**
 * Gives the main thread back to the page (input, rendering) between slices of work:
 * `scheduler.yield()` where the browser has it (Chromium 129+), else a zero-delay timer.
 * @param win the page's window
 */
export function yieldToMain(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** A running time budget: `timeUp()` says when the current slice is spent, `pause()` yields if so. */
export interface Slicer {
  /** True when the current slice has run for {@link SLICE_MS} or more. */
  timeUp(): boolean;
  /** Yields to the page when the slice is spent and starts a new slice; otherwise returns at once. */
  pause(): Promise<void>;
  /** Yields unconditionally and starts a new slice. */
  yield(): Promise<void>;
}

/**
 * @param win the page's window (its `performance.now()` is the clock, ms)
 * @param sliceMs slice length, ms
 */
export function createSlicer(win: Window, sliceMs = SLICE_MS): Slicer {
  const perf = win.performance;
  let start = perf.now();
  const slicer: Slicer = {
    timeUp: () => perf.now() - start >= sliceMs,
    async pause() {
      if (slicer.timeUp()) await slicer.yield();
    },
    async yield() {
      await yieldToMain(win);
      start = perf.now();
    },
  };
  return slicer;
}
