import { useEffect, useState } from 'preact/hooks';
import type { ImportProgress } from './import-runner';

/** How often the elapsed time is repainted, ms (the page shows it is alive at least every 250 ms). */
const TICK_MS = 200;

/** What each phase is doing with the file `name`, as the progress line says it. */
const PHASES: Record<ImportProgress['phase'], (name: string) => string> = {
  checking: (name) => `Checking the rows of “${name}”`,
  sending: (name) => `Preparing “${name}”`,
  writing: (name) => `Writing “${name}” to the library`,
};

/** Seconds since the calling component mounted, repainted every {@link TICK_MS} ms: shows a long wait is alive. */
export function useElapsedSeconds(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(t);
  }, []);
  return (now - start) / 1000;
}

/** A labelled progress bar with row counts. */
export function ProgressBar({ name, progress }: { name: string; progress: ImportProgress }) {
  const { phase, done, total } = progress;
  const seconds = useElapsedSeconds();
  const label = `${PHASES[phase](name)}: ${done.toLocaleString('en')}${total ? ` of ${total.toLocaleString('en')}` : ''} rows · ${seconds.toFixed(1)} s`;
  return (
    <div class="progress" data-phase={phase} data-done={done} data-total={total}>
      <label>
        <span role="status" aria-live="polite">{label}</span>
        <progress max={total || 1} value={total ? done : undefined} />
      </label>
    </div>
  );
}
