import { useEffect, useRef, useState } from 'preact/hooks';
import type { CsvMapping, CsvTable } from '../../lib/formats/csv';
import { FORMAT_LABELS, type ImportFormat } from '../../lib/formats/detect';
import type { ImportPlan } from '../../lib/formats/import-plan';
import { excerpt } from '../../lib/formats/row-report';
import type { ImportResult } from '../../lib/store/statements';
import { count, messageOf, type LibraryApi } from './api';
import { CsvMappingStep } from './CsvMappingStep';
import { runImport, type ImportProgress } from './import-runner';
import { ImportReview } from './ImportReview';
import { createPlanWorker, type WorkerRequest } from './plan-in-worker';
import { ProgressBar } from './ProgressBar';

type Step =
  | { step: 'pick'; error?: string }
  | { step: 'mapping'; name: string; table: CsvTable; mapping: CsvMapping }
  | { step: 'checking'; name: string; progress: ImportProgress }
  | { step: 'review'; name: string; plan: ImportPlan; packName: string }
  | { step: 'importing'; name: string; progress: ImportProgress }
  | { step: 'done'; name: string; result: ImportResult; format: ImportFormat };

const ACCEPT = '.json,.jsonld,.html,.htm,.csv,.tsv,.txt,application/json,application/ld+json,text/csv,text/html';
const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Import: pick or drop a file, map CSV columns, review the per-row report, write, with progress and cancel. */
export function ImportPanel({ api, onImported, onShowLibrary }: { api: LibraryApi; onImported: () => void; onShowLibrary: () => void }) {
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const packId = useRef('');
  const now = useRef(0);

  const worker = useRef<ReturnType<typeof createPlanWorker> | null>(null);
  useEffect(() => () => worker.current?.close(), []);

  /** Runs one step in the import worker: detect (and validate), or validate a mapped CSV. */
  async function check(name: string, req: WorkerRequest) {
    const w = worker.current!;
    abort.current = { abort: () => w.cancel() } as AbortController;
    setState({ step: 'checking', name, progress: { phase: 'checking', done: 0, total: 0 } });
    try {
      const reply = await w.run(req);
      if (reply.type === 'csv') setState({ step: 'mapping', name, table: reply.table, mapping: reply.mapping });
      else if (reply.type === 'plan') setState({ step: 'review', name, plan: reply.plan, packName: name.replace(/\.[a-z0-9]+$/i, '') });
      // an unexpected error may quote the file: printable and short only
      else setState({ step: 'pick', error: reply.fileLevel ? reply.message : `Could not read "${name}": ${excerpt(reply.message, 160)}` });
    } catch (e) {
      setState({ step: 'pick', error: isAbort(e) ? 'Cancelled. Nothing was imported.' : messageOf(e) });
    }
  }

  function open(file: File) {
    now.current = Date.now();
    packId.current = `pack-${now.current.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    worker.current?.close();
    worker.current = createPlanWorker((done, total) => setState({ step: 'checking', name: file.name, progress: { phase: 'checking', done, total } }));
    void check(file.name, { type: 'open', file, now: now.current, packId: packId.current });
  }

  async function write(name: string, plan: ImportPlan, packName: string) {
    const ctrl = (abort.current = new AbortController());
    const total = plan.statements.length + plan.notes.length;
    setState({ step: 'importing', name, progress: { phase: 'sending', done: 0, total } });
    const pack = { id: packId.current, name: packName.trim() || name, source: name, count: 0, importedAt: now.current };
    try {
      const result = await runImport(api, plan, pack, (progress) => !ctrl.signal.aborted && setState({ step: 'importing', name, progress }), ctrl.signal);
      setState({ step: 'done', name, result, format: plan.format });
      onImported();
    } catch (e) {
      setState({ step: 'pick', error: isAbort(e) ? 'Cancelled. Nothing was imported.' : `Nothing was imported: ${messageOf(e)}` });
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files[0];
    if (file) open(file);
  }

  const cancel = () => abort.current?.abort();

  return (
    <section class="import" aria-labelledby="import-h" data-import-step={state.step}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <h2 id="import-h">Import fact-checks</h2>
      {state.step === 'pick' ? (
        <>
          {state.error ? <p role="alert" class="error" data-import-error>{state.error}</p> : null}
          <label class={`dropzone${dragging ? ' dragging' : ''}`}>
            <input type="file" accept={ACCEPT} class="visually-hidden" onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) open(f); }} />
            <strong>Choose a file</strong> or drop it here
            <span class="muted">
              schema.org ClaimReview JSON-LD (object, list or @graph), a saved fact-check web page (.html), a Google Fact Check
              Tools claims:search response, a ClaimReview DataFeed, CSV, W3C Web Annotations, or a ClaimLens backup.
              Up to 40 MB.
            </span>
          </label>
        </>
      ) : null}
      {state.step === 'mapping' ? (
        <CsvMappingStep table={state.table} mapping={state.mapping}
          onChange={(mapping) => setState({ ...state, mapping })}
          onConfirm={() => void check(state.name, { type: 'plan', mapping: state.mapping, now: now.current, packId: packId.current })}
          onCancel={() => setState({ step: 'pick' })} />
      ) : null}
      {state.step === 'checking' || state.step === 'importing' ? (
        <div class="progress-step">
          <ProgressBar name={state.name} progress={state.progress} />
          <button type="button" onClick={cancel}>Cancel</button>
        </div>
      ) : null}
      {state.step === 'review' ? <ImportReview api={api} name={state.name} plan={state.plan} packName={state.packName} onChange={(packName) => setState({ ...state, packName })}
        onImport={() => void write(state.name, state.plan, state.packName)} onCancel={() => setState({ step: 'pick' })} /> : null}
      {state.step === 'done' ? (
        <div class="done" role="status" data-import-done>
          {state.format === 'backup' ? (
            // a backup puts its records by id: those already there are replaced, so "new" would not be true
            <p>Restored “{state.name}” ({FORMAT_LABELS.backup}): {count(state.result.added, 'statement')}, {count(state.result.notes, 'note')}.</p>
          ) : (
            <p>
              Imported “{state.name}” ({FORMAT_LABELS[state.format]}): {count(state.result.added, 'new statement')}
              {state.result.merged ? `, ${count(state.result.merged, 'duplicate')} merged` : ''}
              {state.result.notes ? `, ${count(state.result.notes, 'note')}` : ''}.
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={onShowLibrary}>Show the library</button>
            <button type="button" onClick={() => setState({ step: 'pick' })}>Import another file</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
