import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db, ensureStarterPack, STARTER_PACK_ID, STARTER_PACK_VERSION } from '../../entrypoints/background/statements';

const UKRAINE = 'starter-ukraine-started-war';
const GRAHAM = 'starter-graham-500-tariffs';

describe('a starter pack update', () => {
  it('refreshes the bundled statements and keeps the ones the user edited', async () => {
    await ensureStarterPack();
    const d = await db();
    // As an older build left it: loaded at t=1000, the Ukraine statement without its source link,
    // the Graham one edited by the user afterwards.
    const pack = (await d.get('packs', STARTER_PACK_ID))!;
    await d.put('packs', { ...pack, version: 'old', importedAt: 1000 });
    const ukraine = (await d.get('statements', UKRAINE))!;
    await d.put('statements', { ...ukraine, reviewUrl: undefined, updatedAt: 1000 });
    const graham = (await d.get('statements', GRAHAM))!;
    await d.put('statements', { ...graham, summary: 'My own summary of the Graham claim.', updatedAt: 5000 });

    await ensureStarterPack();

    expect((await d.get('packs', STARTER_PACK_ID))?.version).toBe(STARTER_PACK_VERSION);
    expect((await d.get('statements', UKRAINE))?.reviewUrl).toBe('https://politicalemails.org/messages/1728489');
    expect((await d.get('statements', GRAHAM))?.summary).toBe('My own summary of the Graham claim.');
    expect((await d.get('packs', STARTER_PACK_ID))?.count).toBe((await d.getAllFromIndex('statements', 'packId', STARTER_PACK_ID)).length);
  });
});
