// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryApi } from '../../components/library/api';
import { ImportReview } from '../../components/library/ImportReview';
import type { ImportPlan } from '../../lib/formats/import-plan';
import type { Request } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Statement } from '../../lib/types';

const st = (id: string, text: string, reviewUrl?: string): Statement => ({
  id, text, verdict: 'false', verdictLabel: 'False', summary: '', reviewer: 'R', reviewUrl, origin: 'import', tags: [], language: 'en', createdAt: 1, updatedAt: 1,
});
const plan = (over: Partial<ImportPlan>): ImportPlan => ({ format: 'claimreview', rows: 0, statements: [], notes: [], packs: [], errors: [], warnings: [], ...over });

/** An API whose `dumpStore` pages through `stored` two records at a time. */
function api(stored: Statement[], fail = false): LibraryApi {
  return {
    send: (async (type: string, data: Request<'dumpStore'>) => {
      if (type !== 'dumpStore') throw new Error(`unexpected ${type}`);
      if (fail) throw new Error('The background did not answer');
      const records = data.store === 'statements' ? stored : [];
      const from = data.after === undefined ? 0 : records.findIndex((r) => r.id === data.after) + 1;
      const page = records.slice(from, from + 2);
      return { records: page, next: from + 2 < records.length ? page[page.length - 1]!.id : undefined };
    }) as LibraryApi['send'],
    getSettings: async () => DEFAULT_SETTINGS,
    setSettings: async () => undefined,
    grantedHosts: async () => [],
    download: () => undefined,
  };
}

let el: HTMLElement | undefined;
afterEach(() => {
  if (el) render(null, el);
  el?.remove();
});

function mount(a: LibraryApi, p: ImportPlan): HTMLElement {
  el = document.createElement('div');
  document.body.appendChild(el);
  render(<ImportReview api={a} name="f.json" plan={p} packName="f" onChange={() => undefined} onImport={() => undefined} onCancel={() => undefined} />, el);
  return el;
}

const stored = [st('a', 'One.', 'https://r.example/1'), st('b', 'Two.', 'https://r.example/2'), st('c', 'Three.', 'https://r.example/3'), st('d', 'Four.')];

describe('import preview and the library', () => {
  it('says how many statements are already in the library and will be merged, and how many are new', async () => {
    const root = mount(api(stored), plan({ rows: 5, statements: [st('x', 'one.', 'https://r.example/1'), st('y', 'Three.', 'https://r.example/3'), st('z', 'Five.'), st('w', 'Six.'), st('v', 'Six.')] }));
    const line = await vi.waitFor(() => {
      const p = root.querySelector<HTMLElement>('[data-duplicates]');
      if (!p || p.dataset.duplicates === 'checking') throw new Error('still checking');
      return p;
    });
    expect(line.textContent).toBe(
      '2 new statements. 2 statements are already in your library (same claim and review link): they will be merged into those entries, not added again. 1 statement repeats an earlier record of this file and will be merged with it.',
    );
    expect(line.dataset).toMatchObject({ duplicates: '3', new: '2' });
  });

  it('the same file again: no new statements', async () => {
    const root = mount(api(stored), plan({ rows: 1, statements: [st('x', 'Two.', 'https://r.example/2')] }));
    await vi.waitFor(() => expect(root.querySelector('[data-duplicates]')?.textContent).toBe(
      'No new statements. 1 statement is already in your library (same claim and review link): it will be merged into that entry, not added again.',
    ));
  });

  it('says so while it checks, and when nothing is in the library yet', async () => {
    const root = mount(api(stored), plan({ rows: 1, statements: [st('z', 'Five.')] }));
    expect(root.querySelector('[data-duplicates]')?.textContent).toMatch(/Checking which are already in your library/);
    await vi.waitFor(() => expect(root.querySelector('[data-duplicates]')?.textContent).toBe('None of them is in your library yet.'));
  });

  it('a backup: statements with the id of a stored one will replace it', async () => {
    const root = mount(api(stored), plan({ format: 'backup', rows: 2, statements: [st('a', 'One, as backed up.'), st('q', 'New.')] }));
    await vi.waitFor(() => expect(root.querySelector('[data-duplicates]')?.textContent).toBe(
      '1 new statement. 1 statement is already in your library (same id): the backup’s copy will replace it.',
    ));
  });

  it('a failed check is said, and the import stays possible', async () => {
    const root = mount(api(stored, true), plan({ rows: 1, statements: [st('z', 'Five.')] }));
    await vi.waitFor(() => expect(root.querySelector('[data-duplicates]')?.textContent).toMatch(/Could not check which are already in your library .*the import still merges them/));
    expect(root.querySelector<HTMLButtonElement>('.review button.primary')!.disabled).toBe(false);
  });
});
