import { useRef, useState } from 'preact/hooks';
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
  const [toast, setToastState] = useState<{ id: number; message: string; undo?: () => void } | null>(null);
  const toastSeq = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = () => setVersion((v) => v + 1);
  // each notice is new (its own timer, its own Undo focus), even with the same words as the last
  const setToast = (t: { message: string; undo?: () => void } | null) => setToastState(t && { ...t, id: ++toastSeq.current });

  /**
   * A notice that held the focus went away: the focus goes to the list (or the page heading) once
   * the page has rendered, unless something else (a newer notice's Undo) has taken it by then.
   */
  function refocus() {
    setTimeout(() => {
      const at = document.activeElement;
      if (at && at !== document.body && at.isConnected) return;
      (document.querySelector<HTMLElement>('main [data-focus-return]') ?? heading.current)?.focus();
    }, 0);
  }

  /**
   * Another section: a notice that only reports ("Restored.", "Could not undo: …") belongs to the
   * section it was about and goes; one with a live Undo stays until it times out (the undo still
   * means something from any section).
   */
  function showTab(next: Tab) {
    if (next !== tab && toast && !toast.undo) setToast(null);
    setTab(next);
  }

  // after "delete all data" no earlier toast (its Undo, or "Restored.") speaks of the library any more
  function deletedAll() {
    setToast(null);
    changed();
  }

  function onRemoved(message: string, undo?: () => Promise<unknown>) {
    changed();
    if (!undo) {
      setToast({ message });
      return;
    }
    setToast({
      message,
      undo: () => {
        setToast(null);
        undo().then(
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
        <h1 ref={heading} tabIndex={-1}>ClaimLens library</h1>
        <nav aria-label="Sections">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" data-tab={id} aria-current={tab === id ? 'page' : undefined} onClick={() => showTab(id)}>{label}</button>
          ))}
        </nav>
      </header>
      <main>
        {tab === 'library' ? <LibraryView api={api} version={version} onChanged={changed} onRemoved={onRemoved} onImport={() => showTab('import')} undoOnOffer={!!toast?.undo} /> : null}
        {tab === 'import' ? <ImportPanel api={api} onImported={changed} onShowLibrary={() => showTab('library')} /> : null}
        {tab === 'export' ? <ExportPanel api={api} /> : null}
        {tab === 'settings' ? <SettingsPanel api={api} onDeletedAll={deletedAll} /> : null}
      </main>
      {toast ? <Toast key={toast.id} message={toast.message} onUndo={toast.undo} onClose={() => setToast(null)} onFocusLost={refocus} /> : null}
    </div>
  );
}
