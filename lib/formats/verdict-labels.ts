import type { Verdict } from '../types';

/**
 * Publisher rating labels mapped onto the canonical scale. Sources: PolitiFact's Truth-O-Meter
 * (true ... pants on fire, flip-o-meter) and its slugs (`pants-fire`, `barely-true`), Snopes' rating
 * glossary, FactCheck.org and AFP wording, Full Fact, the Washington Post's Pinocchio scale, Lead
 * Stories, and Google Fact Check Tools' `textualRating` values seen in ClaimReview feeds.
 * Keys are folded (lower case, single spaces; see {@link foldLabel}).
 */
const LABELS: Record<string, Verdict> = Object.assign(Object.create(null) as Record<string, Verdict>, {
  true: 'true', accurate: 'true', correct: 'true', verified: 'true', 'correct attribution': 'true',
  'geppetto checkmark': 'true', 'no flip': 'true', 'no-flip': 'true', 'confirmed': 'true',
  'mostly true': 'mostly-true', 'mostly-true': 'mostly-true', 'mostly accurate': 'mostly-true',
  'largely accurate': 'mostly-true', 'mostly correct': 'mostly-true', 'one pinocchio': 'mostly-true',
  'half true': 'mixed', 'half-true': 'mixed', mixed: 'mixed', mixture: 'mixed', 'partly true': 'mixed',
  'partially true': 'mixed', 'half flip': 'mixed', 'half-flip': 'mixed', 'full flop': 'mixed', 'full-flop': 'mixed',
  'two pinocchios': 'mixed',
  'partly false': 'mostly-false', 'partially false': 'mostly-false', 'mostly false': 'mostly-false',
  'mostly-false': 'mostly-false', 'barely true': 'mostly-false', 'barely-true': 'mostly-false',
  exaggerated: 'mostly-false', exaggeration: 'mostly-false', 'three pinocchios': 'mostly-false',
  'spins the facts': 'mostly-false', 'distorts the facts': 'mostly-false',
  false: 'false', 'pants on fire': 'false', 'pants-fire': 'false', 'pants on fire!': 'false',
  incorrect: 'false', inaccurate: 'false', fake: 'false', 'four pinocchios': 'false', fabricated: 'false',
  'fake news': 'false', hoax: 'false', scam: 'false', misattributed: 'false', miscaptioned: 'false',
  altered: 'false', 'altered photo': 'false', manipulated: 'false', wrong: 'false', 'not true': 'false',
  misleading: 'needs-context', 'missing context': 'needs-context', 'needs context': 'needs-context',
  'lacks context': 'needs-context', 'out of context': 'needs-context', 'cherry picks': 'needs-context',
  'false context': 'needs-context', 'outdated': 'needs-context', 'labeled satire': 'needs-context',
  satire: 'needs-context', 'misleading context': 'needs-context',
  unproven: 'unproven', unverified: 'unproven', unsupported: 'unproven', disputed: 'unproven',
  'no evidence': 'unproven', unsubstantiated: 'unproven', 'not established': 'unproven', unfounded: 'unproven',
  'research in progress': 'unproven', legend: 'unproven', 'unclear': 'unproven', 'not proven': 'unproven',
});

/** Folds a label for lookup: lower case, single spaces, no trailing `!` or `.`. */
function foldLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[!.]+$/, '');
}

/** A numeric schema.org Rating: `ratingValue` between `worstRating` and `bestRating`. */
export interface NumericRating {
  value: number;
  best: number;
  worst: number;
}

/**
 * Maps a publisher's rating onto the canonical verdict scale and says how.
 * @param label the reviewer's own label, e.g. "Pants on Fire!" or "Needs context"
 * @param rating optional numeric rating (schema.org Rating), used when the label is unknown;
 *   mapped in five equal bands from worst (false) to best (true)
 * @returns the verdict and `known`: `label` when the label is on a known scale, `numeric` when the
 *   number decided, `none` when neither did (the verdict is then `unproven`)
 */
export function mapVerdict(label: string, rating?: NumericRating): { verdict: Verdict; known: 'label' | 'numeric' | 'none' } {
  const key = foldLabel(label);
  const known = LABELS[key] ?? LABELS[label.trim().toLowerCase().replace(/\s+/g, ' ')];
  if (known) return { verdict: known, known: 'label' };
  if (rating && Number.isFinite(rating.value) && rating.best > rating.worst) {
    const r = (rating.value - rating.worst) / (rating.best - rating.worst);
    const verdict: Verdict = r >= 0.875 ? 'true' : r >= 0.625 ? 'mostly-true' : r >= 0.375 ? 'mixed' : r >= 0.125 ? 'mostly-false' : 'false';
    return { verdict, known: 'numeric' };
  }
  return { verdict: 'unproven', known: 'none' };
}

/**
 * Maps a publisher's rating label onto the canonical verdict scale.
 * @param label the reviewer's own label, e.g. "Pants on Fire!" or "Needs context"
 * @param ratingValue optional numeric rating with its bounds (schema.org Rating), used when the label is unknown
 * @returns the canonical verdict; `unproven` when neither the label nor the number says more
 */
export function canonicalVerdict(label: string, ratingValue?: NumericRating): Verdict {
  return mapVerdict(label, ratingValue).verdict;
}
