import { tokenize } from '../text/normalize';
import type { StatementView } from '../messages';
import type { Statement } from '../types';
import type { AnnotationRecord } from './annotation-model';

/** Prefix of the ids of statements that notes yield. */
export const NOTE_STATEMENT_PREFIX = 'note:';

/**
 * Fewest words (tokens with a letter or digit) a quote needs before its note is looked for on other
 * pages: shorter quotes ("the deficit") are phrases, not claims, and would light up unrelated
 * sentences. Four is the length of the starter pack's shortest claim, "Ukraine started the war."
 */
export const MIN_CLAIM_WORDS = 4;

/** The statement id of a note. */
export function noteStatementId(annotationId: string): string {
  return NOTE_STATEMENT_PREFIX + annotationId;
}

/**
 * The statement a note yields, so the matcher recognises the same claim on other pages: the quote as
 * the claim, the note as the summary, the note's verdict (or `unproven` when it has none; the card
 * shows no verdict then), reviewer "You", origin `personal`.
 * @returns undefined when the quote is shorter than {@link MIN_CLAIM_WORDS} words
 */
export function statementFromAnnotation(r: AnnotationRecord): Statement | undefined {
  const { note: _note, notes: _notes, ...view } = noteCardView(r);
  if (tokenize(view.text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length < MIN_CLAIM_WORDS) return undefined;
  return { ...view, tags: r.body.tags, language: 'en', createdAt: Date.parse(r.created), updatedAt: Date.parse(r.modified) };
}

/**
 * What the hover card shows for a note: the statement fields of {@link statementFromAnnotation} plus
 * the note itself (`note`), for any quote length.
 */
export function noteCardView(r: AnnotationRecord): StatementView {
  return {
    id: noteStatementId(r.id),
    text: r.target.selector[0].exact.replace(/\s+/g, ' ').trim(),
    verdict: r.body.verdict ?? 'unproven',
    verdictLabel: 'Your note',
    summary: r.body.note,
    reviewer: 'You',
    reviewUrl: r.body.links[0],
    origin: 'personal',
    notes: r.body.note ? [r.body.note] : [],
    note: {
      annotationId: r.id, note: r.body.note, verdict: r.body.verdict, tags: r.body.tags, links: r.body.links,
      quote: r.target.selector[0].exact, url: r.url, modified: r.modified,
    },
  };
}
