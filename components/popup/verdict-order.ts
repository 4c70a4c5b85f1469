import type { Verdict } from '../../lib/types';

/**
 * The order of the popup's verdict groups: what a reader most needs to see first. The claims that
 * are wrong, then the ones that mislead or are disputed, then the unproven, and the accurate last
 * (12 true claims must not push the one false claim below the fold). Every canonical verdict
 * (lib/types.ts) has its place (the unit tests check it). Personal notes are listed after the groups.
 */
export const POPUP_VERDICT_ORDER: readonly Verdict[] = [
  'false',
  'mostly-false',
  'needs-context',
  'mixed',
  'unproven',
  'mostly-true',
  'true',
];

/** `verdicts` (repeats dropped) in the popup's group order; anything not a verdict goes last. */
export function inPopupOrder<V extends string>(verdicts: Iterable<V>): V[] {
  const rank = (v: string) => {
    const i = (POPUP_VERDICT_ORDER as readonly string[]).indexOf(v);
    return i < 0 ? POPUP_VERDICT_ORDER.length : i;
  };
  return [...new Set(verdicts)].sort((a, b) => rank(a) - rank(b));
}

