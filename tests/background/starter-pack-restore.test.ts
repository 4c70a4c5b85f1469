import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { handlers } from '../../entrypoints/background/handlers';
import { DELETE_ALL_PHRASE } from '../../lib/messages';
import starterPack from '../../assets/starter-pack.json';

const SENTENCE = 'Hours later, Russia launched a drone attack on Kyiv, injuring 14 and sparking fires across multiple districts, including a medical facility.';
const page = { tabId: 5, fromContent: true, senderUrl: 'https://reportultra.com/a' };
const matched = async () => (await handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: SENTENCE }] }, page)).matches.length;
const starterCount = (starterPack as { '@graph': unknown[] })['@graph'].length;

describe('the starter pack after "delete all data"', () => {
  it('stays gone until the user adds it back, then is matched again', async () => {
    expect(await matched()).toBe(1);
    await handlers.deleteAllData!({ confirm: DELETE_ALL_PHRASE }, {});
    expect(await matched()).toBe(0);
    const { count } = await handlers.addStarterPack!({}, {});
    expect(count).toBe(starterCount);
    expect(await matched()).toBe(1);
    expect((await browser.storage.local.get('starterPackRemoved')).starterPackRemoved).toBe(false);
  });
});
