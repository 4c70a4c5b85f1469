import { useState } from 'preact/hooks';
import type { Removed } from '../../lib/store/statements';
import { messageOf, type LibraryApi } from './api';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LibraryView } from './LibraryView';
import { SettingsPanel } from './SettingsPanel';
import { Toast } from './Toast';

type Tab = 'library' | 'import' | 'export' | 'settings';
const TABS: Array<[Tab, string]> = [
  ['library', 'Library'],
  ['import', 'Import'],
  ['export', 'Export'],
  ['settings', 'Settings'],
];

/** The library page: statements and notes, import, export, settings. */
export function LibraryApp({ api, initialTab = 'library' }: { api: LibraryApi; initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<{ message: string; undo?: () => void } | null>(null);
  const changed = () => setVersion((v) => v + 1);

  // after "delete all data" no earlier toast (its Undo, or "Restored.") speaks of the library any more
  function deletedAll() {
    setToast(null);
    changed();
  }

  function onRemoved(message: string, removed: Removed) {
    changed();
    setToast({
      message,
      undo: () => {
        setToast(null);
        api.send('restoreRecords', removed).then(
          () => {
            changed();
            setToast({ message: 'Restored.' });
          },
          (e: unknown) => setToast({ message: `Could not undo: ${messageOf(e)}` }),
        );
      },
    });
  }

  return (
    <div class="app" data-claimlens-library>
      <header class="bar">
        <h1>ClaimLens library</h1>
        <nav aria-label="Sections">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" data-tab={id} aria-current={tab === id ? 'page' : undefined} onClick={() => setTab(id)}>{label}</button>
          ))}
        </nav>
      </header>
      <main>
        {tab === 'library' ? <LibraryView api={api} version={version} onChanged={changed} onRemoved={onRemoved} onImport={() => setTab('import')} /> : null}
        {tab === 'import' ? <ImportPanel api={api} onImported={changed} onShowLibrary={() => setTab('library')} /> : null}
        {tab === 'export' ? <ExportPanel api={api} /> : null}
        {tab === 'settings' ? <SettingsPanel api={api} onDeletedAll={deletedAll} /> : null}
      </main>
      {toast ? <Toast message={toast.message} onUndo={toast.undo} onClose={() => setToast(null)} /> : null}
    </div>
  );
}
