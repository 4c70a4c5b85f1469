// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../components/library/api';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { MessageType, Request, Response } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Pack } from '../../lib/store/db';
import { LibrarySearch } from '../../lib/store/library-query';
import type { Removed } from '../../lib/store/statements';
import type { Statement } from '../../lib/types';

const st = (id: string, packId?: string): Statement => ({
  id, text: `Claim ${id}.`, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R', origin: 'import', packId,
  tags: [], language: 'en', createdAt: 1, updatedAt: 1,
});

/** A library page's API over an in-memory database; `deletePack` waits for `release` when given. */
function fakeApi(statements: Statement[], packs: Pack[], opts: { packGate?: Promise<void>; diskFull?: boolean } = {}) {
  let stored = [...statements];
  let storedPacks = [...packs];
  const trash = new Map<string, Removed>();
  const handlers: { [K in MessageType]?: (d: Request<K>) => Promise<Response<K>> } = {
    async libraryQuery({ filter, offset, limit }) {
      const search = new LibrarySearch(stored, []);
      const { total, rows } = search.query(filter, offset, limit);
      return { total, size: search.size, rows, packs: storedPacks, tags: [], tookMs: 1 };
    },
    async deleteRecords({ statements: ids }) {
      const removed = stored.filter((s) => ids.includes(s.id));
      stored = stored.filter((s) => !ids.includes(s.id));
      return { statements: removed, notes: [], packs: [] };
    },
    async restoreRecords(removed: Removed) {
      stored.push(...removed.statements);
      storedPacks.push(...removed.packs);
      return { restored: removed.statements.length };
    },
    async deletePack({ packId }) {
      await opts.packGate;
      const removed = stored.filter((s) => s.packId === packId);
      stored = stored.filter((s) => s.packId !== packId);
      const gone = storedPacks.filter((p) => p.id === packId);
      storedPacks = storedPacks.filter((p) => p.id !== packId);
      if (opts.diskFull) return { pack: gone[0]!, statements: removed.length, trashId: null };
      const trashId = `trash-${packId}`;
      trash.set(trashId, { statements: removed, notes: [], packs: gone });
      return { pack: gone[0]!, statements: removed.length, trashId };
    },
    async addStarterPack() {
      storedPacks.push({ id: 'starter', name: 'ClaimLens starter pack', source: 'bundled', count: 1, importedAt: 2 });
      stored.push(st('starter-1', 'starter'));
      return { count: 1 };
    },
    async latestTrash() {
      const [trashId, removed] = [...trash].pop() ?? [];
      return trashId && removed ? { trashId, pack: removed.packs[0]!.name, statements: removed.statements.length, removedAt: 1 } : null;
    },
    async restoreTrash({ trashId }) {
      const removed = trash.get(trashId);
      if (!removed) throw new Error('Nothing to undo');
      trash.delete(trashId);
      return handlers.restoreRecords!(removed);
    },
  };
  const sent: MessageType[] = [];
  const api: LibraryApi & { sent: MessageType[] } = {
    sent,
    send: ((type: MessageType, data: never) => {
      sent.push(type);
      return (handlers[type] as (d: never) => Promise<unknown>)(data);
    }) as LibraryApi['send'],
    getSettings: async () => DEFAULT_SETTINGS,
    setSettings: async () => undefined,
    grantedHosts: async () => [],
    download: () => undefined,
  };
  return api;
}

// happy-dom lays nothing out: give the virtual list a viewport so it renders rows.
beforeAll(() => {
  const size = (name: 'clientHeight' | 'clientWidth', px: number) => {
    const base = Object.getOwnPropertyDescriptor(Element.prototype, name)!;
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) { return this.classList.contains('vlist') ? px : base.get!.call(this); },
    });
  };
  size('clientHeight', 640);
  size('clientWidth', 800);
});

let el: HTMLElement | undefined;
afterEach(() => {
  if (el) render(null, el);
  el?.remove();
  vi.useRealTimers();
});

async function mount(api: LibraryApi): Promise<HTMLElement> {
  el = document.createElement('div');
  document.body.appendChild(el);
  render(<LibraryApp api={api} />, el);
  await vi.waitFor(() => expect(el!.querySelector('button.row[data-statement-id]')).not.toBeNull());
  return el;
}

const button = (root: HTMLElement, text: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')));

/** Selects the statement row `id` and presses Delete in its detail pane, from the keyboard's point of view. */
async function deleteStatement(root: HTMLElement, id: string) {
  root.querySelector<HTMLButtonElement>(`button.row[data-statement-id="${id}"]`)!.click();
  const del = await vi.waitFor(() => {
    const b = root.querySelector<HTMLButtonElement>('aside.detail button.danger');
    if (!b) throw new Error('no detail pane yet');
    return b;
  });
  del.focus();
  del.click();
}

const focusedUndo = () => vi.waitFor(() => expect(document.activeElement?.hasAttribute('data-undo')).toBe(true));

describe('focus after a delete in the library', () => {
  it('moves to the Undo button of the notice, not to <body>', async () => {
    const root = await mount(fakeApi([st('a'), st('b')], []));
    await deleteStatement(root, 'a');
    await focusedUndo();
    expect(document.activeElement?.closest('.toast')?.textContent).toContain('Deleted the statement.');
  });

  it('a second delete while the notice is open moves to the new notice\'s Undo', async () => {
    const root = await mount(fakeApi([st('a'), st('b'), st('c')], []));
    await deleteStatement(root, 'a');
    await focusedUndo();
    await deleteStatement(root, 'b');
    await focusedUndo();
    // the focus fallback of the first notice must not take it away afterwards
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement?.hasAttribute('data-undo')).toBe(true);
  });

  it('after Undo the focus goes to the list, where the entry is back', async () => {
    const root = await mount(fakeApi([st('a'), st('b')], []));
    await deleteStatement(root, 'a');
    await focusedUndo();
    (document.activeElement as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('.toast')?.textContent).toContain('Restored.'));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Library entries'));
  });

  it('when the notice is dismissed (× or Esc) or times out with the focus in it, the focus goes to the list', async () => {
    const root = await mount(fakeApi([st('a'), st('b'), st('c'), st('d')], []));
    await deleteStatement(root, 'a');
    await focusedUndo();
    button(root, '×')!.click();
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Library entries'));

    await deleteStatement(root, 'b');
    await focusedUndo();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('.toast')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Library entries'));

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await deleteStatement(root, 'c');
    await vi.waitFor(() => expect(document.activeElement?.hasAttribute('data-undo')).toBe(true));
    await vi.advanceTimersByTimeAsync(11_000);
    expect(root.querySelector('.toast')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Library entries');
  });
});

/** Filters the list to pack `id` and returns its "Delete pack" button. */
async function packDeleteButton(root: HTMLElement, id: string): Promise<HTMLButtonElement> {
  const source = root.querySelector<HTMLSelectElement>('select[name="source"]')!;
  source.value = `pack:${id}`;
  source.dispatchEvent(new Event('change', { bubbles: true }));
  return vi.waitFor(() => {
    const b = button(root, /^Delete pack/);
    if (!b) throw new Error('no delete pack button yet');
    return b;
  });
}

describe('deleting a pack', () => {
  const packs: Pack[] = [{ id: 'big', name: 'Big pack', source: 'big.json', count: 3, importedAt: 1 }];

  it('shows it is busy while the background deletes, then offers Undo with the focus on it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi([st('a', 'big'), st('b', 'big'), st('c', 'big'), st('d')], packs, { packGate: gate });
    const root = await mount(api);
    const del = await packDeleteButton(root, 'big');
    del.focus();
    del.click();
    await vi.waitFor(() => expect(button(root, /Deleting/)).toBeDefined());
    const busy = button(root, /Deleting/)!;
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy); // the focus is not lost while it waits
    expect(root.querySelector('section.library')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[data-deleting][role="status"]')?.textContent).toMatch(/Deleting the pack “Big pack” \(3 statements\)/);
    // a second press does nothing while the first runs
    busy.click();
    expect(api.sent.filter((t) => t === 'deletePack')).toHaveLength(1);
    // the list stays usable meanwhile (a search still answers)
    const queries = () => api.sent.filter((t) => t === 'libraryQuery').length;
    const before = queries();
    const q = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    q.value = 'Claim';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(queries()).toBeGreaterThan(before));
    release();
    await focusedUndo();
    expect(root.querySelector('.toast')?.textContent).toContain('Deleted the pack “Big pack” (3 statements).');
    expect(root.querySelector('section.library')?.getAttribute('aria-busy')).not.toBe('true');
    expect(root.querySelector('[data-deleting]')).toBeNull();
    // Undo puts the pack back from the trash
    root.querySelector<HTMLButtonElement>('.toast [data-undo]')!.click();
    await vi.waitFor(() => expect(root.querySelector('.toast')?.textContent).toContain('Restored.'));
    expect(api.sent).toContain('restoreTrash');
  });

  it('says there is no Undo when the disk was too full to keep a copy', async () => {
    const api = fakeApi([st('a', 'big'), st('b', 'big'), st('c', 'big'), st('d')], packs, { diskFull: true });
    const root = await mount(api);
    const del = await packDeleteButton(root, 'big');
    del.click();
    await vi.waitFor(() => expect(root.querySelector('.toast')?.textContent).toContain('The disk is too full to keep a copy for Undo'));
    expect(root.querySelector('.toast [data-undo]')).toBeNull();
  });
});

describe('the starter pack, once deleted', () => {
  it('can be added back from the list while other entries remain, and the offer goes once it is back', async () => {
    const api = fakeApi([st('a', 'big'), st('b')], [{ id: 'big', name: 'Big pack', source: 'big.json', count: 1, importedAt: 1 }]);
    const root = await mount(api);
    const add = await vi.waitFor(() => {
      const b = root.querySelector<HTMLButtonElement>('.list-head [data-add-starter]');
      if (!b) throw new Error('no offer yet');
      return b;
    });
    add.click();
    await vi.waitFor(() => expect(api.sent).toContain('addStarterPack'));
    await vi.waitFor(() => expect(root.querySelector('.list-head [data-add-starter]')).toBeNull());
  });
});

describe('a deleted pack, after its notice has gone', () => {
  it('can still be put back from the list while the trash keeps it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const packs: Pack[] = [{ id: 'big', name: 'Big pack', source: 'big.json', count: 2, importedAt: 1 }];
    const api = fakeApi([st('a', 'big'), st('b', 'big'), st('c')], packs);
    const root = await mount(api);
    (await packDeleteButton(root, 'big')).click();
    await vi.waitFor(() => expect(root.querySelector('.toast [data-undo]')).not.toBeNull());
    // while the notice offers Undo, the list does not offer it again
    expect(root.querySelector('[data-undo-trash]')).toBeNull();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(root.querySelector('.toast')).toBeNull();
    const offer = await vi.waitFor(() => {
      const b = root.querySelector<HTMLButtonElement>('[data-undo-trash]');
      if (!b) throw new Error('no offer yet');
      return b;
    });
    expect(offer.textContent).toBe('Undo deleting “Big pack” (2 statements)');
    offer.click();
    await vi.waitFor(() => expect(api.sent).toContain('restoreTrash'));
    await vi.waitFor(() => expect(root.querySelector('[data-undo-trash]')).toBeNull());
    await vi.waitFor(() => expect(root.querySelector('button.row[data-statement-id="a"]')).not.toBeNull());
  });

  it('is offered in the empty library too, when it was the last pack', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = fakeApi([st('a', 'big')], [{ id: 'big', name: 'Big pack', source: 'big.json', count: 1, importedAt: 1 }]);
    const root = await mount(api);
    (await packDeleteButton(root, 'big')).click();
    await vi.waitFor(() => expect(root.querySelector('.toast [data-undo]')).not.toBeNull());
    await vi.advanceTimersByTimeAsync(11_000);
    const offer = await vi.waitFor(() => {
      const b = root.querySelector<HTMLButtonElement>('.empty-state [data-undo-trash]');
      if (!b) throw new Error('no offer yet');
      return b;
    });
    offer.click();
    await vi.waitFor(() => expect(root.querySelector('button.row[data-statement-id="a"]')).not.toBeNull());
  });
});
