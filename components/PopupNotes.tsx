import { useEffect, useState } from 'preact/hooks';
import type { PageNote, Response } from '../lib/messages';
import type { AnnotationRecord } from '../lib/store/annotations';
import { UNDO_MS } from './ClaimCardNote';
import { VerdictBadge } from './VerdictBadge';

/** What the popup's notes part needs from the browser. */
export interface NotesApi {
  tabNotes(tabId: number): Promise<Response<'tabNotes'>>;
  openAnnotate(tabId: number): Promise<Response<'openAnnotate'>>;
  /** @param frameId the note's frame (PageNote `frameId`; absent: the top frame) */
  findAgain(tabId: number, annotationId: string, frameId?: number): Promise<boolean>;
  /** @param frameId the note's frame (PageNote `frameId`; absent: the top frame) */
  revealNote(tabId: number, annotationId: string, frameId?: number): Promise<void>;
  deleteNote(annotationId: string): Promise<AnnotationRecord | null>;
  restoreNote(record: AnnotationRecord): Promise<void>;
}

const short = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The popup's notes: "Annotate selection", the page's notes (found where made, or the same claim in
 * other words) and the orphans with "Find again" and "Delete" (Undo for a few seconds).
 * Sections `section[data-notes]` and `section[data-orphans]`, items `li[data-annotation-id]`.
 */
export function PopupNotes({ api, tabId, canAnnotate }: { api: NotesApi; tabId: number; canAnnotate: boolean }) {
  const [notes, setNotes] = useState<PageNote[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undo, setUndo] = useState<AnnotationRecord | null>(null);

  const load = () =>
    api.tabNotes(tabId).then((r) => setNotes(r.notes)).catch((e: Error) => setNotice(`Notes could not be read: ${e.message}`));
  useEffect(() => {
    void load();
  }, [tabId]);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);

  const act = (fn: () => Promise<void>) => () => void fn().catch((e: Error) => setNotice(e.message));
  const annotate = act(async () => {
    const r = await api.openAnnotate(tabId);
    setNotice(r.opened ? 'The form is open in the page.' : r.reason ?? 'Select text in the page first.');
  });
  const findAgain = (id: string, frameId?: number) =>
    act(async () => {
      const found = await api.findAgain(tabId, id, frameId);
      setNotice(found ? 'Found again.' : 'Still not on this page. Select the passage in the page, then press Find again to attach the note there.');
      await load();
    });
  const remove = (id: string) =>
    act(async () => {
      const record = await api.deleteNote(id);
      setNotes((list) => (list ?? []).filter((n) => n.annotationId !== id));
      setUndo(record);
      setNotice(null);
    });
  const restore = act(async () => {
    if (!undo) return;
    await api.restoreNote(undo);
    setUndo(null);
    setNotice('Note restored. Reload the page to see it highlighted.');
    await load();
  });

  const onPage = (notes ?? []).filter((n) => n.state !== 'orphan');
  const orphans = (notes ?? []).filter((n) => n.state === 'orphan');
  return (
    <div class="notes">
      <div class="notes-bar">
        <button type="button" class="primary" disabled={!canAnnotate} onClick={annotate} aria-keyshortcuts="Alt+Shift+A">
          Annotate selection
        </button>
      </div>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      {undo ? (
        <p class="notice" role="status">
          Note deleted. <button type="button" class="link" onClick={restore}>Undo</button>
        </p>
      ) : null}
      {notes === null ? null : onPage.length === 0 && orphans.length === 0 ? (
        <p class="empty">No notes on this page. Select text in the page and press Alt+Shift+A to add one.</p>
      ) : null}
      {onPage.length ? (
        <section data-notes class="group">
          <h2>Your notes <span class="n">({onPage.length})</span></h2>
          <ul>
            {onPage.map((n, i) => (
              <li key={`${n.annotationId}-${i}`} data-annotation-id={n.annotationId} data-state={n.state}>
                <button type="button" class="claim" onClick={act(() => api.revealNote(tabId, n.annotationId, n.frameId))}>
                  <span class="sentence">“{short(n.sentence ?? n.quote)}”</span>
                  <span class="statement">
                    {n.verdict ? <VerdictBadge verdict={n.verdict} /> : null} {short(n.note || '(no text)')}
                  </span>
                  {n.state === 'matched' ? <span class="reviewer">The claim of your note, in other words</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {orphans.length ? (
        <section data-orphans class="group">
          <h2>Notes not found on this page <span class="n">({orphans.length})</span></h2>
          <ul>
            {orphans.map((n) => (
              <li key={n.annotationId} data-annotation-id={n.annotationId} class="orphan">
                <span class="sentence">“{short(n.quote)}”</span>
                <span class="statement">{short(n.note || '(no text)')}</span>
                <span class="row">
                  <button type="button" onClick={findAgain(n.annotationId, n.frameId)}>Find again</button>
                  <button type="button" onClick={remove(n.annotationId)}>Delete</button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
