import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

// The snapshot the index is built from waits for the test's go-ahead, so a library write can land
// while an index is being built.
const gate = vi.hoisted(() => ({ wait: Promise.resolve() as Promise<void> }));
vi.mock('../../lib/store/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/store/db')>();
  return { ...real, statementsSnapshot: async (...args: Parameters<typeof real.statementsSnapshot>) => {
    await gate.wait;
    return real.statementsSnapshot(...args);
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
    expect((await (await openIndexDB()).get('index', 'current'))?.data.ids).not.toContain('starter-kyiv-drone-attack');
  });
});
