import './highlights.css';
import { browser } from 'wxt/browser';
import { isEnvelope, type Request } from '../../lib/messages';
import { CONTENT_MATCHES } from '../../lib/sites';
import { startAnnotations } from './annotate-wire';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const got = await browser.storage.local.get(['disabledHosts', 'showCheckworthy']);
    const disabled = got.disabledHosts;
    if (Array.isArray(disabled) && disabled.includes(location.hostname)) return;
    const session = new PageSession(document, ctx, { showCheckworthy: got.showCheckworthy === true });
    // Notes are optional to the claims: a failure there must not stop the scan.
    let notes: ReturnType<typeof startAnnotations> | undefined;
    try {
      notes = startAnnotations(document, ctx, session);
    } catch (e) {
      console.warn('ClaimLens: notes are off on this page:', e instanceof Error ? e.message : e);
    }
    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (ctx.isInvalid || !isEnvelope(msg) || msg.type !== 'reveal') return false;
      sendResponse({ ok: true, data: { found: session.reveal(msg.data as Request<'reveal'>) } });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await session.start();
    // Personal notes: anchored after the claims so a note is drawn above a matched sentence.
    await notes?.load().catch((e: unknown) => {
      if (!ctx.isInvalid) console.warn('ClaimLens: notes could not be shown:', e instanceof Error ? e.message : e);
    });
  },
});
