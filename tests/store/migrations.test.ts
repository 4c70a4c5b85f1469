import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openClaimLensDB, statementsSnapshot } from '../../lib/store/db';
import { annotationsForUrl, getAnnotation } from '../../lib/store/annotations';
import { MIGRATIONS } from '../../lib/store/migrations';

const V1 = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/v1-database.json'), 'utf8'));
const URL_1 = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';

/** Writes the fixture with the schema-1 code as it was released (a frozen copy, not MIGRATIONS). */
async function storeV1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      const statements = d.createObjectStore('statements', { keyPath: 'id' });
      statements.createIndex('origin', 'origin');
      statements.createIndex('packId', 'packId');
      d.createObjectStore('annotations', { keyPath: 'id' }).createIndex('url', 'url');
      d.createObjectStore('packs', { keyPath: 'id' });
    },
  });
  const tx = db.transaction(['statements', 'packs', 'annotations'], 'readwrite');
  for (const s of V1.statements) await tx.objectStore('statements').put(s);
  for (const p of V1.packs) await tx.objectStore('packs').put(p);
  for (const a of V1.annotations) await tx.objectStore('annotations').put(a);
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('numbers the steps 1, 2, ... with the last as the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('reads data written by schema version 1 correctly after the upgrade', async () => {
    await storeV1('v1-upgrade');
    const db = await openClaimLensDB('v1-upgrade');
    expect(db.version).toBe(DB_VERSION);
    expect((await statementsSnapshot(db)).statements).toEqual(V1.statements);
    expect(await db.getAll('packs')).toEqual(V1.packs);

    const notes = await annotationsForUrl(db, URL_1);
    expect(notes.map((n) => n.id).sort()).toEqual(['a1', 'a2']);
    const a1 = (await getAnnotation(db, 'a1'))!;
    expect(a1).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'a1',
      url: URL_1,
      target: { source: URL_1, selector: V1.annotations[0].target.selector },
      body: { note: 'Compare with the 24-hour pledge.', verdict: 'true', tags: ['pledges'], links: ['https://www.factcheck.org/2025/07/no-progress/'] },
      created: '2025-07-04T08:53:00.000Z',
      modified: '2025-07-04T09:53:00.000Z',
    });
  });

  it('keeps every word of a schema-1 note the new schema would refuse, and fills what was missing', async () => {
    await storeV1('v1-odd');
    const db = await openClaimLensDB('v1-odd');
    const a2 = (await getAnnotation(db, 'a2'))!;
    expect(a2.body.note).toContain('Rating from an old pack');
    expect(a2.body.note).toContain('Pants on Fire');
    expect(a2.body.note).toContain('ftp://files.example.org/x');
    expect(a2.body.links).toEqual([]);
    expect(a2.body.tags).toEqual(['old']);
    expect(a2.body.verdict).toBeUndefined();
    expect(a2.target.selector[0].exact).toBe('the war rages on, with no end in sight');
    expect(a2.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(a2.modified).toBe(a2.created);
  });

  it('opens an up-to-date database without touching its data', async () => {
    const db = await openClaimLensDB('current');
    await db.put('packs', V1.packs[0]);
    db.close();
    const again = await openClaimLensDB('current');
    expect(await again.getAll('packs')).toEqual(V1.packs);
  });
});
