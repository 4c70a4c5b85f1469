import { segmentSentences } from '../text/segment';
import { findArticleRootSliced, rangeForOffsets, startExtraction, type Block } from './extract';
import { createSlicer } from './schedule';

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
  /** Open shadow roots the extraction read (to observe them for changes). */
  shadowRoots: ShadowRoot[];
  /**
   * {@link Scanner.reset} was called while this scan waited for the matcher: its answers were for
   * the old state (another library, another story), so nothing is returned or remembered. Scan again.
   */
  stale?: boolean;
}

/** Options of {@link Scanner.scan}. */
export interface ScanOptions<M> {
  /** Aborts between slices (the page session was torn down). */
  signal?: AbortSignal;
  /**
   * Called once, before the rest is matched, with the matches among sentences in the viewport when
   * those were sent first (visible text first: the first request holds only them). Not called when
   * no new sentence is visible or every new sentence is.
   */
  onVisible?: (items: Array<ScanItem<M>>) => void;
}

/**
 * Matches sentence texts; answers one entry per text, `null` for no match. `article` is the
 * article root the texts were read from (for page context such as the headline).
 * The content script passes a function that asks the background.
 */
export type MatchFn<M> = (texts: string[], article: Element) => Promise<Array<M | null>>;

/** Sentences per matcher request. */
const CHUNK = 500;
/** Remembered sentence verdicts; past this the cache starts over (endless feeds). */
const CACHE_LIMIT = 20_000;

interface Sentence {
  block: number;
  start: number;
  end: number;
  text: string;
}

const EMPTY = { items: [], sentences: 0, newSentences: 0, shadowRoots: [] };
const STALE = { ...EMPTY, stale: true };

/**
 * Reads a page's article text, segments it and matches sentences, remembering each sentence's
 * answer so that rescans (late content, re-renders) send only new sentences to the matcher.
 * Extraction, segmentation and range building run in slices of at most ~30 ms with yields between
 * them (lib/page/schedule.ts), so a 300k-character page never blocks the page for 50 ms.
 */
export class Scanner<M> {
  private readonly cache = new Map<string, M | null>();
  /** Bumped by {@link reset}: a scan that started before it drops its answers. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly matchFn: MatchFn<M>,
  ) {}

  /**
   * Forgets remembered answers (after SPA navigation, or when the database changed). A scan under
   * way then ends {@link ScanResult.stale} instead of remembering answers given for the old state.
   */
  reset(): void {
    this.cache.clear();
    this.generation++;
  }

  /**
   * Scans the document once.
   * @returns matched sentences in document order with fresh ranges (empty when aborted)
   * @throws whatever `matchFn` throws (e.g. the background is gone)
   */
  async scan(options: ScanOptions<M> = {}): Promise<ScanResult<M>> {
    const { signal, onVisible } = options;
    const generation = this.generation;
    const win = this.doc.defaultView!;
    const slicer = createSlicer(win);
    const article = await findArticleRootSliced(this.doc, slicer.timeUp, slicer.yield);
    if (signal?.aborted) return EMPTY;
    const { blocks, walker } = startExtraction(this.doc, {}, article);
    while (!walker.run(slicer.timeUp)) {
      await slicer.yield();
      if (signal?.aborted) return EMPTY;
    }
    const sentences: Sentence[] = [];
    for (let b = 0; b < blocks.length; b++) {
      for (const s of segmentSentences(blocks[b]!.text)) sentences.push({ block: b, ...s });
      await slicer.pause();
      if (signal?.aborted) return EMPTY;
    }
    const fresh = [...new Set(sentences.map((s) => s.text).filter((t) => !this.cache.has(t)))];
    if (this.cache.size + fresh.length > CACHE_LIMIT) this.cache.clear();
    const visible = onVisible ? visibleTexts(win, blocks, sentences, fresh) : new Set<string>();
    if (visible.size) {
      if (!(await this.ask([...visible], article, generation))) return STALE;
      if (signal?.aborted) return EMPTY;
      const first = await this.items(blocks, sentences.filter((s) => visible.has(s.text)), slicer);
      onVisible!(first);
    }
    const rest = fresh.filter((t) => !visible.has(t));
    for (let i = 0; i < rest.length; i += CHUNK) {
      if (!(await this.ask(rest.slice(i, i + CHUNK), article, generation))) return STALE;
      if (signal?.aborted) return EMPTY;
    }
    const items = await this.items(blocks, sentences, slicer);
    if (signal?.aborted) return EMPTY;
    if (this.generation !== generation) return STALE;
    return { items, sentences: sentences.length, newSentences: fresh.length, shadowRoots: walker.shadowRoots };
  }

  /** Asks the matcher and remembers its answers; false (nothing remembered) when reset meanwhile. */
  private async ask(texts: string[], article: Element, generation: number): Promise<boolean> {
    const answers = await this.matchFn(texts, article);
    if (this.generation !== generation) return false;
    texts.forEach((t, j) => this.cache.set(t, answers[j] ?? null));
    return true;
  }

  /** Ranges for the matched ones among `sentences`, built in slices. */
  private async items(blocks: Block[], sentences: Sentence[], slicer: ReturnType<typeof createSlicer>): Promise<Array<ScanItem<M>>> {
    const items: Array<ScanItem<M>> = [];
    for (const s of sentences) {
      const match = this.cache.get(s.text);
      if (match) items.push({ range: rangeForOffsets(blocks[s.block]!, s.start, s.end, this.doc), sentence: s.text, match });
      await slicer.pause();
    }
    return items;
  }
}

/**
 * The new sentence texts of blocks that intersect the viewport, or an empty set when that would be
 * all of them or none (then one pass is as quick). Reads one bounding box per block (layout is
 * current at this point, so each read is cheap); blocks below the fold end the search.
 */
function visibleTexts(win: Window, blocks: Block[], sentences: Sentence[], fresh: string[]): Set<string> {
  const wanted = new Set(fresh);
  const out = new Set<string>();
  const height = win.innerHeight;
  const shown = new Map<number, boolean>();
  for (const s of sentences) {
    if (!wanted.has(s.text)) continue;
    let on = shown.get(s.block);
    if (on === undefined) {
      const r = blocks[s.block]!.element.getBoundingClientRect();
      if (r.top > height && r.height > 0) break; // below the fold: the rest follows in document order
      on = r.bottom >= 0 && r.top <= height && r.width > 0 && r.height > 0;
      shown.set(s.block, on);
    }
    if (on) out.add(s.text);
  }
  return out.size === 0 || out.size === wanted.size ? new Set() : out;
}
