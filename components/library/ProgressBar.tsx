import type { ImportProgress } from './import-runner';

const PHASES: Record<ImportProgress['phase'], string> = {
  checking: 'Checking rows',
  sending: 'Preparing',
  writing: 'Writing to the library',
};

/** A labelled progress bar with row counts. */
export function ProgressBar({ name, progress }: { name: string; progress: ImportProgress }) {
  const { phase, done, total } = progress;
  const label = `${PHASES[phase]} of “${name}”: ${done.toLocaleString('en')}${total ? ` of ${total.toLocaleString('en')}` : ''} rows`;
  return (
    <div class="progress" data-phase={phase} data-done={done} data-total={total}>
      <label>
        <span role="status" aria-live="polite">{label}</span>
        <progress max={total || 1} value={total ? done : undefined} />
      </label>
    </div>
  );
}
