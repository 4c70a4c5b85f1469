import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteView } from '../lib/messages';
import { NoteText } from './NoteText';
import { VerdictBadge } from './VerdictBadge';

/** How long Undo stays offered after a note is deleted, ms. */
export const UNDO_MS = 8000;

/** What the card can do with a note; absent when the note is read-only here (another site's). */
export interface NoteCardActions {
  onEdit(): void;
  /** Deletes the note; rejects with a message for the reader. */
  onDelete(): Promise<void>;
  /** Puts the deleted note back. */
  onUndo(): Promise<void>;
  /** The card is finished (Undo expired or the note was restored): hide it. */
  onDone(): void;
  /** A delete is under way or its Undo on offer (true), or no longer (false): the card stays while it is, whatever the pointer does. */
  onHold?(held: boolean): void;
  /** Put keyboard focus on Edit when the card opens (opened from the keyboard). */
  autoFocus?: boolean;
}

/**
 * The reader's own note in the hover card: verdict (if given), the note with its links, tags and
 * source links, Edit and Delete; after Delete, Undo for {@link UNDO_MS}.
 */
export function ClaimCardNote({ note, matched, actions }: { note: NoteView; matched: boolean; actions?: NoteCardActions }) {
  const [state, setState] = useState<'shown' | 'deleting' | 'deleted' | 'restoring'>('shown');
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (actions?.autoFocus) editRef.current?.focus();
  }, [note.annotationId, actions?.autoFocus]);
  useEffect(() => {
    if (state !== 'deleted') return;
    undoRef.current?.focus();
    const t = setTimeout(() => actions?.onDone(), UNDO_MS);
    return () => clearTimeout(t);
  }, [state]);
  // From Delete until Undo is used or runs out, the card stays whatever the pointer does.
  const holding = state !== 'shown';
  useEffect(() => {
    if (!holding) return;
    actions?.onHold?.(true);
    return () => actions?.onHold?.(false);
  }, [holding]);

  /** Runs a step; on failure shows its message and goes back to where it started. */
  async function step(busy: 'deleting' | 'restoring', fn: () => Promise<void>, done: 'shown' | 'deleted', failed: 'shown' | 'deleted') {
    setState(busy);
    setError(null);
    try {
      await fn();
      setState(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState(failed);
    }
  }

  if (state === 'deleted' || state === 'restoring') {
    return (
      <div class="cl-note-deleted" role="status">
        Note deleted.{' '}
        <button type="button" class="cl-btn" ref={undoRef} disabled={state === 'restoring'} onClick={() => actions && void step('restoring', actions.onUndo, 'shown', 'deleted')}>
          Undo
        </button>
        {error ? <p class="cl-error" role="alert">{error}</p> : null}
      </div>
    );
  }
  return (
    <div class="cl-note" data-annotation-id={note.annotationId}>
      <p class="cl-k">{matched ? 'Your note on this claim, made on another page:' : 'Your note'}</p>
      {note.verdict ? <VerdictBadge verdict={note.verdict} /> : null}
      {note.note ? <p class="cl-note-text" dir="auto"><NoteText text={note.note} /></p> : <p class="cl-meta">(no text)</p>}
      {matched ? <p class="cl-meta">You noted: “{note.quote}”</p> : null}
      {note.tags.length ? <p class="cl-meta">Tags: {note.tags.join(', ')}</p> : null}
      {note.links.length ? (
        <ul class="cl-links">
          {note.links.map((l) => (
            <li key={l}>
              <a href={l} target="_blank" rel="noopener noreferrer">{l}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p class="cl-error" role="alert">{error}</p> : null}
      {actions ? (
        <div class="cl-actions">
          <button type="button" class="cl-btn" ref={editRef} disabled={state !== 'shown'} onClick={() => actions.onEdit()}>
            Edit
          </button>
          <button type="button" class="cl-btn cl-danger" disabled={state !== 'shown'} onClick={() => void step('deleting', actions.onDelete, 'deleted', 'shown')}>
            Delete
          </button>
        </div>
      ) : (
        <p class="cl-meta">Edit it on the site where you made it.</p>
      )}
    </div>
  );
}
