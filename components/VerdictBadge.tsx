import type { Verdict } from '../lib/types';
import { VERDICT_INFO } from './verdicts';

/** A coloured verdict badge; shows the reviewer's own label when it differs from the canonical one. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  const info = VERDICT_INFO[verdict];
  const own = label && label.toLowerCase() !== info.label.toLowerCase() ? label : undefined;
  return (
    <span class="cl-badge" data-verdict={verdict} style={{ backgroundColor: info.color }}>
      {info.label}
      {own ? <span class="cl-badge-own"> · “{own}”</span> : null}
    </span>
  );
}
