/// <reference lib="webworker" />
/**
 * Reads, detects and validates an import file off the page's main thread (JSON.parse of a 40 MB
 * file takes seconds), posting progress; the page stays responsive and cancels by terminating it.
 */
import type { CsvMapping } from '../../lib/formats/csv';
import { detectImport, ImportError, type Detected } from '../../lib/formats/detect';
import { readImportText } from '../../lib/formats/file-text';
import { planImport } from '../../lib/formats/import-plan';
import type { WorkerReply, WorkerRequest } from './plan-in-worker';

let detected: Detected | undefined;

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  if (req.type === 'open') {
    detected = detectImport(req.file.name, await readImportText(req.file));
    if (detected.format === 'csv') return { type: 'csv', table: detected.table, mapping: detected.mapping };
  }
  if (!detected) throw new ImportError('Choose the file again.');
  const mapping: CsvMapping | undefined = req.type === 'plan' ? req.mapping : undefined;
  const plan = await planImport(detected, {
    now: req.now,
    packId: req.packId,
    csvMapping: mapping,
    onProgress: (done, total) => postMessage({ type: 'progress', done, total } satisfies WorkerReply),
  });
  return { type: 'plan', plan };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  handle(e.data).then(
    (reply) => postMessage(reply),
    (err: unknown) => postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err), fileLevel: err instanceof ImportError } satisfies WorkerReply),
  );
};
