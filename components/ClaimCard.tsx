import type { StatementView } from '../lib/messages';
import { ClaimCardNote, type NoteCardActions } from './ClaimCardNote';
import { VerdictBadge } from './VerdictBadge';

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso + 'T00:00:00Z');
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The context of a matched claim: verdict, the statement as checked, claimant and date, reviewer,
 * summary, source link and the user's notes. Every field renders as text, never as HTML.
 * A personal note's statement (`statement.note`) shows the note instead ({@link ClaimCardNote}), with
 * Edit and Delete when `noteActions` are given; `matched` says it was found in other words; `hint`
 * is a last line on how to use the card from the keyboard.
 */
export function ClaimCard({
  statement, onClose, noteActions, matched = false, hint,
}: { statement: StatementView; onClose?: () => void; noteActions?: NoteCardActions; matched?: boolean; hint?: string }) {
  const hintLine = hint ? <p class="cl-hint">{hint}</p> : null;
  if (statement.note) {
    return (
      <div class="cl-card" role="dialog" aria-label="ClaimLens: your note" dir="ltr">
        <div class="cl-head">
          <span class="cl-title">ClaimLens</span>
          {onClose ? (
            <button type="button" class="cl-close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          ) : null}
        </div>
        <ClaimCardNote note={statement.note} matched={matched} actions={noteActions} />
        {hintLine}
      </div>
    );
  }
  const claimed = [statement.claimant, formatDate(statement.claimDate)].filter(Boolean).join(', ');
  const reviewed = [statement.reviewer, formatDate(statement.reviewDate)].filter(Boolean).join(', ');
  return (
    // The card's own words are English (left to right) on any page; the texts it quotes take their
    // direction from their own characters (an English claim on a right-to-left page, and the reverse).
    <div class="cl-card" role="dialog" aria-label={`ClaimLens: ${statement.verdictLabel}`} dir="ltr">
      <div class="cl-head">
        <VerdictBadge verdict={statement.verdict} label={statement.verdictLabel} />
        {onClose ? (
          <button type="button" class="cl-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </div>
      <p class="cl-statement">
        <span class="cl-k">Claim checked: </span>
        <bdi>{statement.text}</bdi>
      </p>
      {claimed ? <p class="cl-meta">Claimed by <bdi>{claimed}</bdi></p> : null}
      {statement.summary ? <p class="cl-summary" dir="auto">{statement.summary}</p> : null}
      <p class="cl-meta">
        Reviewed by <bdi>{reviewed || 'unknown'}</bdi>
        {statement.reviewUrl ? (
          <>
            {' · '}
            <a href={statement.reviewUrl} target="_blank" rel="noopener noreferrer">
              Source
            </a>
          </>
        ) : statement.origin !== 'personal' ? (
          // say so, rather than leave a reader looking for a link to check the check against
          ' · no link to the review given'
        ) : null}
      </p>
      {statement.notes.length ? (
        <div class="cl-notes">
          <span class="cl-k">Your notes</span>
          <ul>
            {statement.notes.map((n, i) => (
              <li key={i} dir="auto">{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {hintLine}
    </div>
  );
}
