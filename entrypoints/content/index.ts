import './highlights.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEnvelope, NOTES_REVISION_KEY, STATEMENTS_REVISION_KEY, type Request } from '../../lib/messages';
import { readSettings, SETTINGS_KEYS, type Settings } from '../../lib/settings';
import { CONTENT_MATCHES, isSiteOff } from '../../lib/sites';
import { startAnnotations } from './annotate-wire';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // Frames of a matched site are scanned by their own copy of the script (hard case 15); a frame's
  // script reads only its own document, so nothing ever reaches across origins.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // A data: frame has an opaque origin: the manifest's matches never run the script there, but
    // the install-time injection into open tabs (all frames: reinject.ts) does. Stay out as on a load.
    if (location.protocol === 'data:') return;
    const host = location.hostname;
    const isOff = (hosts: unknown) => isSiteOff(hosts, host);
    let running: Running | undefined;
    let starting: Promise<Running> | undefined;
    let off = false;
    // The popup's per-site switch applies to open pages at once: off clears what is painted, on
    // scans again (or starts, on a page that loaded while the site was off).
    const onSite = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || ctx.isInvalid || !('disabledHosts' in changes)) return;
      off = isOff(changes.disabledHosts!.newValue);
      if (off) running?.suspend();
      else if (running) running.resume();
      else starting ??= browser.storage.local.get(SETTINGS_KEYS).then((got) => run(ctx, readSettings(got))).then(started);
    };
    /** A start that finished after the site was switched off again is suspended at once. */
    const started = (r: Running) => {
      running = r;
      if (off) r.suspend();
      return r;
    };
    browser.storage.onChanged.addListener(onSite);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSite));
    const settings = readSettings(await browser.storage.local.get(SETTINGS_KEYS));
    if (isOff(settings.disabledHosts) || starting) return;
    starting = run(ctx, settings).then(started);
    await starting;
  },
});

/** A started page: its claims and notes, which the per-site switch can suspend and resume. */
interface Running {
  suspend(): void;
  resume(): void;
}

/** Starts ClaimLens on the page: scanning and painting, notes, settings that follow the library. */
async function run(ctx: ContentScriptContext, settings: Settings): Promise<Running> {
  const top = window === window.top;
  const session = new PageSession(document, ctx, { showCheckworthy: settings.showCheckworthy, highlightStyle: settings.highlightStyle });
  let notes: ReturnType<typeof startAnnotations> | undefined;
  let notesLoaded = false;
  // Settings and notes changed in the library (or another tab) apply to open pages without a reload.
  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || ctx.isInvalid) return;
    if (NOTES_REVISION_KEY in changes && notesLoaded) void notes?.reload();
    const next = readSettings(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.newValue])));
    session.updateSettings({
      highlightStyle: 'highlightStyle' in changes ? next.highlightStyle : undefined,
      showCheckworthy: 'showCheckworthy' in changes ? next.showCheckworthy : undefined,
      rematch: 'matchSensitivity' in changes || STATEMENTS_REVISION_KEY in changes,
    });
  };
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  // Notes are optional to the claims: a failure there must not stop the scan. They belong to a
  // document's URL: the top frame and frames of their own web address have them (an embedded
  // article), not about:blank, srcdoc or data: frames (ads, widgets: no URL to note).
  try {
    if (top || /^https?:$/.test(location.protocol)) notes = startAnnotations(document, ctx, session, top);
  } catch (e) {
    console.warn('ClaimLens: notes are off on this page:', e instanceof Error ? e.message : e);
  }
  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (ctx.isInvalid || !isEnvelope(msg) || msg.type !== 'reveal') return false;
    // The popup addresses a claim's own frame; a frame that is asked without being addressed (the
    // message went to every frame) stays silent unless the claim is its own, so the top frame answers.
    const found = session.reveal(msg.data as Request<'reveal'>);
    if (!top && !found) return false;
    sendResponse({ ok: true, data: { found } });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  await session.start();
  // Personal notes: anchored after the claims so a note is drawn above a matched sentence.
  await notes?.load().catch((e: unknown) => {
    if (!ctx.isInvalid) console.warn('ClaimLens: notes could not be shown:', e instanceof Error ? e.message : e);
  });
  // From here on, notes follow the page's changes, SPA navigation and writes elsewhere.
  notes?.follow();
  notesLoaded = true;
  return {
    suspend() {
      notes?.suspend();
      session.suspend();
    },
    resume() {
      session.resume();
      notes?.resume();
    },
  };
}
