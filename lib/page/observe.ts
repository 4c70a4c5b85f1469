/** Attributes whose change can show or hide text ("show more" buttons, tabs, accordions). */
const WATCHED_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'open'];

/** Options of {@link observeChanges}. */
export interface ObserveOptions {
  /** Quiet time before `onChange` runs, ms (default 150: batches a framework's render burst). */
  debounceMs?: number;
  /** Stops observing when aborted (the content script's `ctx.signal`). */
  signal: AbortSignal;
}

/** Handle on a running observer. */
export interface ChangeObserver {
  /** Stops reporting (while ClaimLens itself changes the DOM, e.g. fallback painting). */
  pause(): void;
  /** Drops what happened while paused and reports again. */
  resume(): void;
}

function isOwnNode(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  if (!el) return false;
  const name = el.localName;
  return name.startsWith('claimlens-') || el.closest('claimlens-card') !== null;
}

/** True when a mutation record is about page content, not ClaimLens's own nodes. */
export function isPageMutation(r: MutationRecord): boolean {
  if (r.type === 'attributes') {
    const el = r.target as Element;
    return el !== el.ownerDocument?.documentElement && !isOwnNode(el);
  }
  if (r.type === 'characterData') return !isOwnNode(r.target);
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  if (nodes.length === 0) return false;
  return !nodes.every(isOwnNode) && !isOwnNode(r.target);
}

/**
 * Calls `onChange` (debounced) when the page's content changes: nodes added or removed, text
 * edited, or an attribute that can hide text toggled. ClaimLens's own nodes (`claimlens-*`
 * elements, the hover card) and the root element's ready signal are ignored, so painting never
 * triggers a rescan.
 * @param doc the page's document; its `documentElement` subtree is observed
 * @param onChange called at most once per quiet period
 */
export function observeChanges(doc: Document, onChange: () => void, options: ObserveOptions): ChangeObserver {
  const win = doc.defaultView!;
  const delay = options.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    if (!options.signal.aborted) onChange();
  };
  const observer = new win.MutationObserver((records) => {
    if (!records.some(isPageMutation)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, delay);
  });
  const init: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  };
  const start = () => observer.observe(doc.documentElement, init);
  start();
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  return {
    pause() {
      observer.disconnect();
    },
    resume() {
      if (options.signal.aborted) return;
      observer.takeRecords();
      start();
    },
  };
}
