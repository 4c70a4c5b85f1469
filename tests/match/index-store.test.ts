import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearSavedIndex, indexSignature, loadSavedIndex, openIndexDB, saveIndex } from '../../lib/match/index-store';
import { INDEX_FORMAT, StatementIndex } from '../../lib/match/statement-index';

const statements = [
  { id: 'started', text: 'Ukraine started the war.' },
  { id: 'vaccine', text: 'The MMR vaccine causes autism in children.' },
];

describe('index store', () => {
  it('saves an index to IndexedDB and loads it back for the same signature only', async () => {
    const db = await openIndexDB('index-store-test-1');
    const sig = indexSignature(2, [{ id: 'starter', count: 2, importedAt: 5, version: '1' }], INDEX_FORMAT);
    await saveIndex(db, sig, new StatementIndex(statements).serialise());
    const data = await loadSavedIndex(db, sig);
    expect(data).toBeDefined();
    expect(StatementIndex.load(data!).match('Trump claimed that Ukraine started the war.')?.statementId).toBe('started');
    const other = indexSignature(3, [{ id: 'starter', count: 2, importedAt: 5, version: '1' }], INDEX_FORMAT);
    expect(await loadSavedIndex(db, other)).toBeUndefined();
    await clearSavedIndex(db);
    expect(await loadSavedIndex(db, sig)).toBeUndefined();
  });

  it('signs packs in any order the same, and a changed pack differently', () => {
    const a = { id: 'a', count: 1, importedAt: 1 };
    const b = { id: 'b', count: 2, importedAt: 2, version: '3' };
    expect(indexSignature(3, [a, b], 'f')).toBe(indexSignature(3, [b, a], 'f'));
    expect(indexSignature(3, [a, { ...b, importedAt: 9 }], 'f')).not.toBe(indexSignature(3, [a, b], 'f'));
    expect(indexSignature(3, [a, b], 'f')).not.toBe(indexSignature(3, [a, b], 'g'));
  });
});
