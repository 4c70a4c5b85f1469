import { segmentSentences } from '../text/segment';
import { extractBlocks, rangeForOffsets } from './extract';

/** A sentence found on the page that matched, with its live DOM range. */
export interface ScanItem<M> {
  range: Range;
  sentence: string;
  match: M;
}

/** What one scan found and how much work it sent to the matcher. */
export interface ScanResult<M> {
  items: Array<ScanItem<M>>;
  /** Sentences on the page. */
  sentences: number;
  /** Distinct sentences not seen by an earlier scan, sent to the matcher. */
  newSentences: number;
}

/**
 * Matches sentence texts; answers one entry per text, `null` for no match.
 * The content script passes a function that asks the background.
 */
export type MatchFn<M> = (texts: string[]) => Promise<Array<M | null>>;

/** Longest stretch of main-thread work between yields, ms (the 50 ms long-task limit, with margin). */
const SLICE_MS = 30;
/** Sentences per matcher request. */
const CHUNK = 500;
/** Remembered sentence verdicts; past this the cache starts over (endless feeds). */
const CACHE_LIMIT = 20_000;

/** Gives the main thread back to the page (input, rendering) between slices of work. */
function yieldToMain(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Reads a page's article text, segments it and matches sentences, remembering each sentence's
 * answer so that rescans (late content, re-renders) send only new sentences to the matcher.
 * Work is cut into slices of at most ~30 ms with yields between them.
 */
export class Scanner<M> {
  private readonly cache = new Map<string, M | null>();

  constructor(
    private readonly doc: Document,
    private readonly matchFn: MatchFn<M>,
  ) {}

  /** Forgets remembered answers (after SPA navigation, or when the database changed). */
  reset(): void {
    this.cache.clear();
  }

  /**
   * Scans the document once.
   * @param signal aborts between slices (the page session was torn down)
   * @returns matched sentences in document order with fresh ranges
   * @throws whatever `matchFn` throws (e.g. the background is gone)
   */
  async scan(signal?: AbortSignal): Promise<ScanResult<M>> {
    const win = this.doc.defaultView!;
    const perf = win.performance;
    let slice = perf.now();
    const pause = async () => {
      if (perf.now() - slice < SLICE_MS) return;
      await yieldToMain(win);
      slice = perf.now();
    };
    const blocks = extractBlocks(this.doc);
    const sentences: Array<{ block: number; start: number; end: number; text: string }> = [];
    for (let b = 0; b < blocks.length; b++) {
      for (const s of segmentSentences(blocks[b]!.text)) sentences.push({ block: b, ...s });
      await pause();
      if (signal?.aborted) return { items: [], sentences: 0, newSentences: 0 };
    }
    const fresh = [...new Set(sentences.map((s) => s.text).filter((t) => !this.cache.has(t)))];
    if (this.cache.size + fresh.length > CACHE_LIMIT) this.cache.clear();
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const chunk = fresh.slice(i, i + CHUNK);
      const answers = await this.matchFn(chunk);
      chunk.forEach((t, j) => this.cache.set(t, answers[j] ?? null));
      if (signal?.aborted) return { items: [], sentences: 0, newSentences: 0 };
    }
    slice = perf.now();
    const items: Array<ScanItem<M>> = [];
    for (const s of sentences) {
      const match = this.cache.get(s.text);
      if (match) items.push({ range: rangeForOffsets(blocks[s.block]!, s.start, s.end, this.doc), sentence: s.text, match });
      await pause();
    }
    return { items, sentences: sentences.length, newSentences: fresh.length };
  }
}
