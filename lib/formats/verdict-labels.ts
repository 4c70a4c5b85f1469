import type { Verdict } from '../types';

/**
 * Publisher rating labels mapped onto the canonical scale. Sources: PolitiFact's Truth-O-Meter
 * (true ... pants on fire), Snopes' ratings, FactCheck.org and AFP wording, and Google Fact Check
 * Tools' `textualRating` values seen in ClaimReview feeds. Keys are folded (lower case, single spaces).
 */
const LABELS: Record<string, Verdict> = {
  true: 'true', accurate: 'true', correct: 'true', 'verified': 'true',
  'mostly true': 'mostly-true', 'mostly accurate': 'mostly-true', 'largely accurate': 'mostly-true',
  'half true': 'mixed', 'half-true': 'mixed', mixed: 'mixed', mixture: 'mixed', 'partly true': 'mixed',
  'partly false': 'mostly-false', 'mostly false': 'mostly-false', 'barely true': 'mostly-false',
  'barely-true': 'mostly-false', exaggerated: 'mostly-false', exaggeration: 'mostly-false',
  false: 'false', 'pants on fire': 'false', 'pants-fire': 'false', 'pants on fire!': 'false',
  incorrect: 'false', inaccurate: 'false', fake: 'false', 'four pinocchios': 'false',
  misleading: 'needs-context', 'missing context': 'needs-context', 'needs context': 'needs-context',
  'lacks context': 'needs-context', 'out of context': 'needs-context', 'cherry picks': 'needs-context',
  unproven: 'unproven', unverified: 'unproven', unsupported: 'unproven', disputed: 'unproven',
  'no evidence': 'unproven', unsubstantiated: 'unproven', 'not established': 'unproven',
  'full flop': 'mixed', 'half flip': 'mixed', 'no flip': 'true',
};

/**
 * Maps a publisher's rating label onto the canonical verdict scale.
 * @param label the reviewer's own label, e.g. "Pants on Fire!" or "Needs context"
 * @param ratingValue optional numeric rating with its bounds (schema.org Rating), used when the label is unknown
 * @returns the canonical verdict; `unproven` when neither the label nor the number says more
 */
export function canonicalVerdict(
  label: string,
  ratingValue?: { value: number; best: number; worst: number },
): Verdict {
  const key = label.trim().toLowerCase().replace(/\s+/g, ' ');
  const known = LABELS[key] ?? LABELS[key.replace(/[!.]+$/, '')];
  if (known) return known;
  if (ratingValue && ratingValue.best > ratingValue.worst) {
    const r = (ratingValue.value - ratingValue.worst) / (ratingValue.best - ratingValue.worst);
    if (r >= 0.875) return 'true';
    if (r >= 0.625) return 'mostly-true';
    if (r >= 0.375) return 'mixed';
    if (r >= 0.125) return 'mostly-false';
    return 'false';
  }
  return 'unproven';
}
