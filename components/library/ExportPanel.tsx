import { useState } from 'preact/hooks';
import { messageOf, type LibraryApi } from './api';
import { buildExport, EXPORTS, type ExportKind } from './export-data';

/** Export buttons: full backup, ClaimReview JSON-LD, Web Annotations, CSV. */
export function ExportPanel({ api }: { api: LibraryApi }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(kind: ExportKind) {
    setBusy(true);
    try {
      const text = await buildExport(api, kind, (n) => setStatus(`Reading… ${n.toLocaleString('en')} records`));
      const day = new Date().toISOString().slice(0, 10);
      api.download(`claimlens-${day}-${EXPORTS[kind].ext}`, EXPORTS[kind].mime, text);
      setStatus(`Saved ${EXPORTS[kind].label.toLowerCase()} (${(text.length / 1024).toFixed(0)} KB).`);
    } catch (e) {
      setStatus(`Export failed: ${messageOf(e)}. Try again; if it keeps failing, reload this page.`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="export" aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <ul class="export-list">
        {(Object.keys(EXPORTS) as ExportKind[]).map((k) => (
          <li key={k}>
            <button type="button" data-export={k} disabled={busy} onClick={() => void run(k)}>{EXPORTS[k].label}</button>
            <span class="muted">{EXPORTS[k].hint}</span>
          </li>
        ))}
      </ul>
      {status ? <p role="status" data-export-status>{status}</p> : null}
    </section>
  );
}
