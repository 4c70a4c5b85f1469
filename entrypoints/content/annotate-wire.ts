import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEnvelope, type Envelope, type Request } from '../../lib/messages';
import { NoteLayer } from './annotate-layer';
import type { PageSession } from './page-session';

/** Wait after the last selection change before showing the Annotate button, ms. */
const SELECTION_SETTLE_MS = 250;

/** Alt+Shift+A (by physical key, so keyboard layouts and macOS's Option characters do not matter). */
export function isAnnotateShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyA';
}

/** True when the event comes from ClaimLens's own UI (form, card, button). */
function fromOwnUi(e: Event): boolean {
  return e.composedPath().some((n) => n instanceof Element && n.localName.startsWith('claimlens-'));
}

/**
 * Whether this frame takes an `openAnnotate` sent to every frame of the tab: the one whose selection
 * it is. A child frame takes it with its form open or text selected in it (a caret only while it has
 * the focus). The top frame takes it unless the focus is in a child frame of a web address, whose
 * own script answers; asked with `top`, always.
 */
export function takesOpen(doc: Document, layer: Pick<NoteLayer, 'formOpen'>, top: boolean, askedTop: boolean): boolean {
  if (layer.formOpen) return true;
  const sel = doc.getSelection();
  if (!top) return !!sel && sel.rangeCount > 0 && (!sel.isCollapsed || doc.hasFocus());
  if (askedTop) return true;
  const active = doc.activeElement;
  const inFrame = !!active && (active.localName === 'iframe' || active.localName === 'frame') && !active.hasAttribute('srcdoc');
  return !inFrame || !/^https?:/.test((active as HTMLIFrameElement).src);
}

/**
 * Starts personal notes on a page: the note layer, Alt+Shift+A, the Annotate button by a selection,
 * and the messages from the background (context menu, command) and the popup. Every listener hangs
 * off `ctx`, so an updated extension leaves none behind.
 * @param top the document is the tab's top frame (else a frame of its own web address)
 * @returns the layer; call `load()` once the page is read
 */
export function startAnnotations(doc: Document, ctx: ContentScriptContext, session: PageSession, top = true): NoteLayer {
  const layer = new NoteLayer(doc, ctx, session);
  ctx.addEventListener(
    doc,
    'keydown',
    (e) => {
      if (!isAnnotateShortcut(e) || fromOwnUi(e)) return;
      e.preventDefault();
      e.stopPropagation();
      void layer.openForSelection();
    },
    { capture: true },
  );

  let settle: number | undefined;
  ctx.addEventListener(doc, 'selectionchange', () => {
    if (settle !== undefined) clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      settle = undefined;
      const sel = doc.getSelection();
      const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
      const inField = doc.activeElement?.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
      const rects = range && !range.collapsed && !inField ? Array.from(range.getClientRects()).filter((r) => r.width > 0) : [];
      const last = rects[rects.length - 1];
      if (last && sel!.toString().trim()) layer.button.showAt(last);
      else if (!layer.button.toasting) layer.button.hide();
    }, SELECTION_SETTLE_MS);
  });

  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (ctx.isInvalid || !isEnvelope(msg)) return false;
    const reply = (p: Promise<unknown>) => {
      p.then((data) => sendResponse({ ok: true, data })).catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
      return true;
    };
    const m = msg as Envelope;
    if (m.type === 'openAnnotate') {
      if (!takesOpen(doc, layer, top, (m.data as Request<'openAnnotate'> | undefined)?.top === true)) return false;
      return reply(layer.openForSelection());
    }
    if (m.type === 'findAgain') return reply(layer.findAgain((m.data as { annotationId: string }).annotationId).then((found) => ({ found })));
    if (m.type === 'revealNote') return reply(Promise.resolve({ found: layer.revealNote((m.data as { annotationId: string }).annotationId) }));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  return layer;
}
