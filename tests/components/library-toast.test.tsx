// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../components/library/api';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { MessageType, Request, Response } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { LibrarySearch } from '../../lib/store/library-query';
import type { Statement } from '../../lib/types';

const statement = (id: string): Statement => ({
  id, text: `Claim ${id}.`, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R', origin: 'import',
  tags: [], language: 'en', createdAt: 1, updatedAt: 1,
});

/** The library page over statements kept in memory: list, delete and undo. */
function memoryLibrary(ids: string[]): LibraryApi {
  let rows = ids.map(statement);
  const on: { [K in MessageType]?: (d: Request<K>) => Promise<Response<K>> } = {
    libraryQuery: async ({ filter, offset, limit }) => {
      const search = new LibrarySearch(rows, []);
      return { ...search.query(filter, offset, limit), size: search.size, packs: [], tags: [], tookMs: 1 };
    },
    deleteRecords: async (d) => {
      const gone = rows.filter((s) => d.statements.includes(s.id));
      rows = rows.filter((s) => !gone.includes(s));
      return { statements: gone, notes: [], packs: [] };
    },
    latestTrash: async () => null,
    restoreRecords: async (removed) => {
      rows = [...rows, ...removed.statements];
      return { restored: removed.statements.length };
    },
  };
  return {
    send: ((type: MessageType, data: never) => (on[type] as (d: never) => Promise<unknown>)(data)) as LibraryApi['send'],
    getSettings: async () => DEFAULT_SETTINGS,
    setSettings: async () => undefined,
    grantedHosts: async () => [],
    download: () => undefined,
  };
}

// happy-dom lays nothing out: the virtual list needs a viewport to render rows.
beforeAll(() => {
  const base = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) { return this.classList.contains('vlist') ? 640 : base.get!.call(this); },
  });
});

let el: HTMLElement | undefined;
afterEach(() => {
  if (el) render(null, el);
  el?.remove();
});

async function open(): Promise<HTMLElement> {
  el = document.createElement('div');
  document.body.appendChild(el);
  render(<LibraryApp api={memoryLibrary(['a', 'b'])} />, el);
  await vi.waitFor(() => expect(el!.querySelector('button.row[data-statement-id="a"]')).not.toBeNull());
  return el;
}

async function deleteA(root: HTMLElement) {
  root.querySelector<HTMLButtonElement>('button.row[data-statement-id="a"]')!.click();
  const del = await vi.waitFor(() => root.querySelector<HTMLButtonElement>('aside.detail button.danger') ?? Promise.reject(new Error('no pane')));
  del.click();
  await vi.waitFor(() => expect(root.querySelector('.toast [data-undo]')).not.toBeNull());
}

const toast = (root: HTMLElement) => root.querySelector('.toast')?.textContent ?? null;

/** Opens section `id` from the bar and waits until it is the current one. */
async function tab(root: HTMLElement, id: string) {
  const button = root.querySelector<HTMLButtonElement>(`nav button[data-tab="${id}"]`)!;
  button.click();
  await vi.waitFor(() => expect(button.getAttribute('aria-current')).toBe('page'));
}

/** Presses the notice's Undo and waits for "Restored.". */
async function undo(root: HTMLElement) {
  root.querySelector<HTMLButtonElement>('.toast [data-undo]')!.click();
  await vi.waitFor(() => expect(toast(root)).toContain('Restored.'));
}

describe('library notices when the section changes', () => {
  it('closes a notice without Undo ("Restored.") on a switch to another section', async () => {
    const root = await open();
    await deleteA(root);
    await undo(root);
    await tab(root, 'settings');
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('keeps a notice with a live Undo across sections, and its Undo still works there', async () => {
    const root = await open();
    await deleteA(root);
    expect(toast(root)).toContain('Deleted');
    await tab(root, 'settings');
    expect(toast(root)).toContain('Deleted');
    await undo(root);
    await tab(root, 'library');
    await vi.waitFor(() => expect(root.querySelector('button.row[data-statement-id="a"]')).not.toBeNull());
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('clicking the section already shown keeps the notice', async () => {
    const root = await open();
    await deleteA(root);
    await undo(root);
    await tab(root, 'library');
    expect(toast(root)).toContain('Restored.');
  });
});
