import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../lib/types';

// The snapshot the index is built from waits for the test's go-ahead, so a library write can land
// while an index is being built.
const gate = vi.hoisted(() => ({ wait: Promise.resolve() as Promise<void>, save: Promise.resolve() as Promise<void> }));
vi.mock('../../lib/store/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/store/db')>();
  return { ...real, statementsSnapshot: async (...args: Parameters<typeof real.statementsSnapshot>) => {
    await gate.wait;
    return real.statementsSnapshot(...args);
  } };
});

// Saving the built index waits for the test's go-ahead too.
vi.mock('../../lib/match/index-store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/match/index-store')>();
  return { ...real, saveIndex: async (...args: Parameters<typeof real.saveIndex>) => {
    await gate.save;
    return real.saveIndex(...args);
  } };
});

const { handlers } = await import('../../entrypoints/background/handlers');
const { openIndexDB } = await import('../../lib/match/index-store');

const page = { tabId: 3, fromContent: true, senderUrl: 'https://reportultra.com/a' };
const SENTENCE = 'Hours later, Russia launched a drone attack on Kyiv, injuring 14 and sparking fires across multiple districts, including a medical facility.';

describe('the saved match index', () => {
  it('is not saved from a build that a library write overtook, and the next match sees the write', async () => {
    let release!: () => void;
    gate.wait = new Promise((r) => (release = r));
    const building = handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: SENTENCE }] }, page);
    await new Promise((r) => setTimeout(r, 50));
    // the write lands while the build waits: the starter statement the sentence states is deleted
    const removed = await handlers.deleteRecords!({ statements: ['starter-kyiv-drone-attack'], notes: [] }, {});
    expect(removed.statements).toHaveLength(1);
    release();
    await building;
    const saved = await (await openIndexDB()).get('index', 'current');
    expect(saved, 'no index saved from the overtaken build').toBeUndefined();
    const after = await handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: SENTENCE }] }, page);
    expect(after.matches).toEqual([]);
    // the index built after the write is saved (in the background, after the answer)
    const ids = await vi.waitFor(async () => {
      const got = (await (await openIndexDB()).get('index', 'current'))?.data.ids;
      if (!got) throw new Error('not saved yet');
      return got;
    });
    expect(ids).not.toContain('starter-kyiv-drone-attack');
    expect(ids.length).toBeGreaterThan(10);
  });

  it('is dropped when an edit lands while it is being written (same count and packs: the signature alone would not tell)', async () => {
    const cache = await openIndexDB();
    await cache.clear('index');
    // a new index after a write, its save held back
    let release!: () => void;
    gate.save = new Promise((r) => (release = r));
    await handlers.deleteRecords!({ statements: ['starter-istanbul-talks'], notes: [] }, {});
    await handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: SENTENCE }] }, page);
    // an edit meanwhile (count and packs unchanged): it clears the saved index, which is not written yet
    const edited = (await handlers.dumpStore!({ store: 'statements', limit: 1 }, {})).records[0] as Statement;
    await handlers.saveStatement!({ statement: { ...edited, summary: `${edited.summary} Edited.` } }, {});
    release();
    await new Promise((r) => setTimeout(r, 100));
    expect(await cache.get('index', 'current'), 'the index written from before the edit was dropped').toBeUndefined();
    gate.save = Promise.resolve();
  });
});
