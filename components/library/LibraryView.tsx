import { useEffect, useState } from 'preact/hooks';
import type { TrashOffer } from '../../lib/store/trash';
import type { Pack } from '../../lib/store/db';
import type { LibraryFilter, LibraryRow } from '../../lib/store/library-query';
import type { Statement } from '../../lib/types';
import { count, messageOf, type LibraryApi } from './api';
import { DeletingPack } from './DeletingPack';
import { Filters } from './Filters';
import { RowPlaceholder, RowView } from './RowView';
import { StatementDetail } from './StatementDetail';
import { useLibraryRows } from './use-library-rows';
import { VirtualList } from './VirtualList';

/** Row height of the list, px. */
const ROW_HEIGHT = 64;
/** Wait after the last key stroke before searching, ms. */
const SEARCH_DEBOUNCE = 120;

/** The searchable, filterable list of statements and notes, with the selected row beside it. */
export function LibraryView({
  api,
  version,
  onChanged,
  onRemoved,
  onImport,
  undoOnOffer = false,
}: {
  api: LibraryApi;
  version: number;
  onChanged: () => void;
  /** A delete happened: `undo` puts the records back (the notice's Undo; none: no Undo offered). */
  onRemoved: (what: string, undo?: () => Promise<unknown>) => void;
  onImport: () => void;
  /** The page's notice offers an Undo now (the list does not offer the same one again). */
  undoOnOffer?: boolean;
}) {
  const [filter, setFilter] = useState<LibraryFilter>({ query: '' });
  const [applied, setApplied] = useState<LibraryFilter>(filter);
  const [selected, setSelected] = useState<LibraryRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Pack | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setApplied(filter), filter.query === applied.query ? 0 : SEARCH_DEBOUNCE);
    return () => clearTimeout(t);
  }, [filter]);
  const rows = useLibraryRows(api, applied, version);
  // A pack deleted within the trash's time can be put back after its notice has gone (or a reload).
  const [trash, setTrash] = useState<TrashOffer | null>(null);
  useEffect(() => {
    let live = true;
    api.send('latestTrash', {}).then((t) => live && setTrash(t), () => live && setTrash(null));
    return () => {
      live = false;
    };
  }, [version]);
  const meta = rows.meta;
  const packs = meta?.packs ?? [];
  const pack = applied.source?.startsWith('pack:') ? packs.find((p) => `pack:${p.id}` === applied.source) : undefined;

  async function remove(row: LibraryRow) {
    try {
      const removed = await api.send('deleteRecords', row.kind === 'note' ? { statements: [], notes: [row.id] } : { statements: [row.id], notes: [] });
      setSelected(null);
      onRemoved(row.kind === 'note' ? 'Deleted the note.' : 'Deleted the statement.', () => api.send('restoreRecords', removed));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  /** A big pack takes seconds in the background: the page says so and stays usable meanwhile. */
  async function removePack() {
    if (!pack || deleting) return;
    setDeleting(pack);
    setError(null);
    try {
      const deleted = await api.send('deletePack', { packId: pack.id });
      // the reader may have picked another filter meanwhile: only leave the deleted pack's
      setFilter((f) => (f.source === `pack:${pack.id}` ? { ...f, source: '' } : f));
      // the records stay in the background's trash: Undo sends only the entry's id
      const what = `Deleted the pack “${pack.name}” (${count(deleted.statements, 'statement')})`;
      const { trashId } = deleted;
      if (trashId) onRemoved(`${what}.`, () => api.send('restoreTrash', { trashId }));
      else onRemoved(`${what}. The disk is too full to keep a copy for Undo; re-import the file to get it back.`);
    } catch (e) {
      setError(`The pack was not deleted: ${messageOf(e)}`);
    } finally {
      setDeleting(null);
    }
  }

  // the list's own Undo for a deleted pack, unless the page's notice offers it now
  const offer = undoOnOffer ? null : trash;
  const undoTrash = (t: TrashOffer, cls: string) => (
    <button type="button" class={cls} data-undo-trash onClick={() => void restoreTrash(t)}>
      Undo deleting “{t.pack}” ({count(t.statements, 'statement')})
    </button>
  );

  async function restoreTrash(t: TrashOffer) {
    setError(null);
    try {
      await api.send('restoreTrash', { trashId: t.trashId });
      setTrash(null);
      onChanged();
    } catch (e) {
      setError(`The pack was not put back: ${messageOf(e)}`);
      setTrash(null);
    }
  }

  /** The bundled statements about the reportultra article and a few common myths. */
  async function addStarter() {
    try {
      await api.send('addStarterPack', {});
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function save(s: Statement) {
    const saved = await api.send('saveStatement', { statement: s });
    setSelected({ kind: 'statement', id: saved.id, statement: saved });
    onChanged();
  }

  if (meta && meta.size === 0) {
    return (
      <section class="empty-state" aria-labelledby="empty-h">
        <h2 id="empty-h">Your library is empty</h2>
        <p>
          ClaimLens highlights claims that match the fact-checks in your library. Add some: import a file of fact-checks
          (schema.org ClaimReview JSON-LD, a saved fact-check web page, a Google Fact Check Tools response, a ClaimReview
          DataFeed, CSV, W3C Web Annotations, or a ClaimLens backup), or open a fact-check article and use “Save this
          fact-check” in the ClaimLens popup.
        </p>
        <div class="actions">
          {offer ? undoTrash(offer, 'primary') : null}
          <button type="button" class={offer ? undefined : 'primary'} onClick={onImport}>Import a file</button>
          <button type="button" data-add-starter onClick={() => void addStarter()}>Add the starter pack</button>
        </div>
        {error ? <p role="alert" class="error">{error}</p> : null}
      </section>
    );
  }

  return (
    <section class="library" aria-label="Statements and notes" aria-busy={deleting ? 'true' : undefined}>
      <Filters filter={filter} onChange={setFilter} packs={packs} tags={meta?.tags ?? []} />
      <div class="list-head" role="status" aria-live="polite">
        {meta ? (
          <span data-total={meta.total}>
            {meta.total.toLocaleString('en')} of {meta.size.toLocaleString('en')} {meta.size === 1 ? 'entry' : 'entries'}
            <span class="muted"> · search {meta.tookMs.toFixed(0)} ms</span>
          </span>
        ) : (
          'Loading…'
        )}
        {deleting && (!pack || pack.id === deleting.id) ? (
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus to <body>
          <button type="button" class="danger small" aria-disabled="true" data-deleting-pack>
            Deleting “{deleting.name}”…
          </button>
        ) : pack ? (
          <button type="button" class="danger small" aria-disabled={deleting ? 'true' : undefined} onClick={() => void removePack()}>
            Delete pack “{pack.name}” ({pack.count.toLocaleString('en')})
          </button>
        ) : offer ? (
          undoTrash(offer, 'link small')
        ) : meta && !packs.some((p) => p.source === 'bundled') ? (
          // the starter pack was deleted: the way back, without deleting everything else first
          <button type="button" class="link small" data-add-starter onClick={() => void addStarter()}>Add the starter pack</button>
        ) : null}
      </div>
      {deleting ? <DeletingPack pack={deleting} /> : null}
      {error || rows.error ? <p role="alert" class="error">{error ?? rows.error}</p> : null}
      <div class="split">
        {meta && meta.total === 0 ? (
          <p class="none">No entries match. <button type="button" class="link" onClick={() => setFilter({ query: '' })}>Clear the filters</button></p>
        ) : (
          <VirtualList
            label="Library entries"
            count={meta?.total ?? 0}
            rowHeight={ROW_HEIGHT}
            onRange={(a, b) => rows.ensure(a, b)}
            renderRow={(i) => {
              const r = rows.row(i);
              return r ? <RowView row={r} selected={selected?.id === r.id} onOpen={() => setSelected(r)} /> : <RowPlaceholder />;
            }}
          />
        )}
        {selected ? (
          <StatementDetail
            key={selected.id}
            row={selected}
            packName={selected.kind === 'statement' ? packs.find((p) => p.id === selected.statement.packId)?.name : undefined}
            onSave={save}
            onDelete={() => void remove(selected)}
            onClose={() => setSelected(null)}
          />
        ) : null}
      </div>
    </section>
  );
}
