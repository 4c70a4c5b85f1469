import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';

/** How long an undo offer stays, ms. */
const UNDO_MS = 10_000;

/**
 * A message with an optional Undo button; goes away after a while, on × or on Esc. With Undo, the
 * notice takes the keyboard focus when it appears (mount it with a new `key` per notice), so
 * keyboard and screen-reader users can undo at once.
 * @param onFocusLost called when the notice goes away while the focus is in it (the caller puts
 *   the focus somewhere sensible; otherwise it would fall to `<body>`)
 */
export function Toast({ message, onUndo, onClose, onFocusLost }: { message: string; onUndo?: () => void; onClose: () => void; onFocusLost?: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const text = useId();
  useEffect(() => {
    const t = setTimeout(onClose, UNDO_MS);
    return () => clearTimeout(t);
  }, [message]);
  useEffect(() => undo.current?.focus(), []);
  // Layout-effect cleanups run before Preact removes the nodes, so the focus is still inside.
  const lost = useRef(onFocusLost);
  lost.current = onFocusLost;
  useLayoutEffect(() => () => {
    if (root.current?.contains(document.activeElement)) lost.current?.();
  }, []);
  return (
    <div ref={root} class="toast" role="status" aria-live="polite" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <span id={text}>{message}</span>
      {/* described by the message: moving the focus here reads "Undo, Deleted the statement." */}
      {onUndo ? <button ref={undo} type="button" class="primary" data-undo aria-describedby={text} onClick={onUndo}>Undo</button> : null}
      <button type="button" aria-label="Dismiss" onClick={onClose}>×</button>
    </div>
  );
}
