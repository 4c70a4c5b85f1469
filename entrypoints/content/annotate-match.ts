import type { PageText } from '../../lib/anchor/page-text';
import { rangeOfOffsets } from '../../lib/anchor/page-text';
import type { StatementView } from '../../lib/messages';
import { segmentSentences } from '../../lib/text/segment';
import { send } from './page-session';

/** Sentences per matchNotes request (as for match). */
const CHUNK = 500;

/** A note on the page: anchored where it was made, or its claim matched in other words. */
export interface Shown {
  range: Range;
  view: StatementView;
  state: 'anchored' | 'matched';
  /** Offsets in the page text. */
  start: number;
  end: number;
  /** For `matched`: the page's sentence. */
  sentence?: string;
}

/**
 * Sentences of the page that state a noted claim in other words (the notes' statements, matched by
 * the background's index of personal notes). A sentence that overlaps where that same note is
 * anchored is left out: the note itself is shown there.
 * @param anchored the page's anchored notes
 */
export async function matchNotedClaims(pt: PageText, doc: Document, url: string, anchored: Shown[]): Promise<Shown[]> {
  const sentences: Array<{ start: number; end: number; text: string }> = [];
  pt.blocks.forEach((b, i) => {
    const base = pt.starts[i]!;
    for (const s of segmentSentences(b.text)) sentences.push({ start: base + s.start, end: base + s.end, text: s.text });
  });
  const out: Shown[] = [];
  for (let i = 0; i < sentences.length; i += CHUNK) {
    const chunk = sentences.slice(i, i + CHUNK);
    const { matches } = await send('matchNotes', { url, sentences: chunk.map((s, k) => ({ key: String(i + k), text: s.text })) });
    for (const m of matches) {
      const s = sentences[Number(m.key)];
      const id = m.statement.note?.annotationId;
      if (!s || anchored.some((a) => a.view.note?.annotationId === id && a.start < s.end && s.start < a.end)) continue;
      out.push({ range: rangeOfOffsets(pt, s.start, s.end, doc), view: m.statement, state: 'matched', start: s.start, end: s.end, sentence: s.text });
    }
  }
  return out;
}
