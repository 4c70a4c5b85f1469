import { useEffect } from 'preact/hooks';

/** How long an undo offer stays, ms. */
const UNDO_MS = 10_000;

/** A message with an optional Undo button; goes away after a while. */
export function Toast({ message, onUndo, onClose }: { message: string; onUndo?: () => void; onClose: () => void }) {
  useEffect(() => {
    const t = setTimeout(onClose, UNDO_MS);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      {onUndo ? <button type="button" class="primary" data-undo onClick={onUndo}>Undo</button> : null}
      <button type="button" aria-label="Dismiss" onClick={onClose}>×</button>
    </div>
  );
}
