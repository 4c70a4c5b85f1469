import type { LibraryRow } from '../../lib/store/library-query';
import { VerdictBadge } from '../VerdictBadge';

/** One line of the library list (a statement or a note), as a button that opens it. */
export function RowView({ row, selected, onOpen }: { row: LibraryRow; selected: boolean; onOpen: () => void }) {
  if (row.kind === 'note') {
    const n = row.note;
    const verdict = n.body.verdict;
    return (
      <button type="button" class={`row${selected ? ' selected' : ''}`} data-note-id={n.id} aria-pressed={selected} onClick={onOpen}>
        <span class="row-text">
          {verdict ? <VerdictBadge verdict={verdict} /> : <span class="kind">Note</span>} {n.body.note}
        </span>
        <span class="row-meta">My note · {n.url} · {n.created.slice(0, 10)}</span>
      </button>
    );
  }
  const s = row.statement;
  return (
    <button type="button" class={`row${selected ? ' selected' : ''}`} data-statement-id={s.id} aria-pressed={selected} onClick={onOpen}>
      <span class="row-text">
        <VerdictBadge verdict={s.verdict} label={s.verdictLabel} /> {s.text}
      </span>
      <span class="row-meta">
        {[s.reviewer, s.claimant && `claimed by ${s.claimant}`, s.reviewDate ?? s.claimDate, s.tags.slice(0, 4).join(', ')].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
}

/** Placeholder while a row's block loads. */
export function RowPlaceholder() {
  return <div class="row placeholder" aria-hidden="true">…</div>;
}
