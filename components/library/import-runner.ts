import type { ImportPlan } from '../../lib/formats/import-plan';
import type { Pack } from '../../lib/store/db';
import type { ImportResult } from '../../lib/store/statements';
import type { LibraryApi } from './api';

/**
 * Records per importChunk message (about 100 KB of JSON): each send serialises on the main thread,
 * and 500-record chunks left a 284 ms gap between progress paints under load (budget 250 ms).
 */
const CHUNK = 200;
/** How often the page asks the background how far the write is, ms (the page shows progress at least every 250 ms). */
const POLL_MS = 150;

/** Where an import is, for the progress bar. */
export interface ImportProgress {
  phase: 'checking' | 'sending' | 'writing';
  done: number;
  total: number;
}

const cancelled = () => new DOMException('The import was cancelled; nothing was written.', 'AbortError');

/**
 * Sends a plan to the background in chunks and commits it in one transaction. Cancelling (the
 * signal) drops the background's session or rolls its transaction back: nothing stays behind.
 * A backup's settings are restored after its records are written.
 * @param pack the pack new statements join (file imports); ignored for backups
 * @throws Error from the background (with its message), or DOMException `AbortError`
 */
export async function runImport(
  api: LibraryApi,
  plan: ImportPlan,
  pack: Pack | undefined,
  onProgress: (p: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportResult> {
  const restore = plan.format === 'backup';
  const { importId } = await api.send('importBegin', restore ? { mode: 'restore', packs: plan.packs } : { mode: 'merge', pack });
  const cancel = () => void api.send('importCancel', { importId }).catch(() => undefined);
  signal.addEventListener('abort', cancel);
  try {
    const total = plan.statements.length + plan.notes.length;
    let sent = 0;
    for (let i = 0; i < plan.statements.length; i += CHUNK) {
      if (signal.aborted) throw cancelled();
      const statements = plan.statements.slice(i, i + CHUNK);
      await api.send('importChunk', { importId, statements, notes: [] });
      sent += statements.length;
      onProgress({ phase: 'sending', done: sent, total });
    }
    for (let i = 0; i < plan.notes.length; i += CHUNK) {
      if (signal.aborted) throw cancelled();
      const notes = plan.notes.slice(i, i + CHUNK);
      await api.send('importChunk', { importId, statements: [], notes });
      sent += notes.length;
      onProgress({ phase: 'sending', done: sent, total });
    }
    if (signal.aborted) throw cancelled();
    onProgress({ phase: 'writing', done: 0, total });
    const poll = setInterval(() => {
      api.send('importStatus', { importId }).then(
        (s) => s.state === 'writing' && onProgress({ phase: 'writing', done: s.written, total }),
        () => undefined,
      );
    }, POLL_MS);
    let result: ImportResult;
    try {
      result = await api.send('importCommit', { importId });
    } catch (e) {
      if (signal.aborted) throw cancelled();
      throw e;
    } finally {
      clearInterval(poll);
    }
    onProgress({ phase: 'writing', done: total, total });
    if (restore && plan.settings) await api.setSettings(plan.settings);
    return result;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
