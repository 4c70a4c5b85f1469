import type { CsvMapping, CsvTable } from '../../lib/formats/csv';
import type { ImportPlan } from '../../lib/formats/import-plan';
// Vite bundles the worker and its imports into a separate file (`?worker`).
import PlanWorker from './import-worker?worker';

/** Page -> worker: open a file (detect; validate unless it is CSV), or validate a CSV with its mapping. */
export type WorkerRequest =
  | { type: 'open'; file: File; now: number; packId: string }
  | { type: 'plan'; mapping: CsvMapping; now: number; packId: string };

/** Worker -> page. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'csv'; table: CsvTable; mapping: CsvMapping }
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'error'; message: string; fileLevel: boolean };

/**
 * The import worker (components/library/import-worker.ts) for one file. `run` sends a request and
 * resolves with the final reply; `cancel` terminates the worker (nothing was written: validation
 * never touches the database).
 */
export function createPlanWorker(onProgress: (done: number, total: number) => void) {
  const worker = new PlanWorker();
  let reject: ((e: unknown) => void) | undefined;
  return {
    run(req: WorkerRequest): Promise<Exclude<WorkerReply, { type: 'progress' }>> {
      return new Promise((resolve, rej) => {
        reject = rej;
        worker.onmessage = (e: MessageEvent<WorkerReply>) => {
          if (e.data.type === 'progress') onProgress(e.data.done, e.data.total);
          else resolve(e.data);
        };
        worker.onerror = (e) => rej(new Error(`The import worker failed: ${e.message}`));
        worker.postMessage(req);
      });
    },
    cancel() {
      worker.terminate();
      reject?.(new DOMException('The import was cancelled.', 'AbortError'));
    },
    close() {
      worker.terminate();
    },
  };
}
