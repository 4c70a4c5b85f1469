import type { Pack } from '../../lib/store/db';
import { count } from './api';
import { useElapsedSeconds } from './ProgressBar';

/**
 * The progress line while the background deletes a pack (60,000 statements take seconds): what is
 * being deleted, said once to screen readers, and a running time and an indeterminate bar that
 * show it is still going.
 */
export function DeletingPack({ pack }: { pack: Pack }) {
  const seconds = useElapsedSeconds();
  return (
    <div class="progress deleting">
      <p role="status" data-deleting>
        Deleting the pack “{pack.name}” ({count(pack.count, 'statement')})…
        {/* the clock is for the eye; a live region re-reading it every 200 ms would drown the message */}
        <span class="muted" aria-hidden="true"> {seconds.toFixed(1)} s</span>
      </p>
      <progress aria-label={`Deleting the pack “${pack.name}”`} />
    </div>
  );
}
