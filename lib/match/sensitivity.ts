import type { HighlightRule } from './reranker';

/**
 * How sure the matcher must be before a sentence is highlighted (the library's "Match sensitivity"
 * setting, `matchSensitivity` in storage.local). `balanced` is the shipped rule as trained.
 */
export type MatchSensitivity = 'strict' | 'balanced' | 'lenient';

/** Every sensitivity, strictest first. */
export const SENSITIVITIES: readonly MatchSensitivity[] = ['strict', 'balanced', 'lenient'];

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The highlight rule for a sensitivity, derived from the shipped (balanced) rule: `strict` asks more
 * probability, cover, shared terms and lead over look-alikes, and tolerates fewer look-alikes;
 * `lenient` asks less, down to a lower cover floor for looser paraphrases. The steps are a product
 * choice, not trained: each setting is a visible change in highlights; their precision and recall on
 * the CheckThat! 2021 dev sets are in docs/benchmarks.md (`npm run eval -- --sensitivity S`).
 * @param rule the model's shipped rule (assets/models/reranker.json `highlight`)
 * @returns a new rule; bars stay within 0..1
 */
export function ruleFor(rule: HighlightRule, sensitivity: MatchSensitivity): HighlightRule {
  if (sensitivity === 'balanced') return rule;
  if (sensitivity === 'strict') {
    return {
      ...rule,
      rank: rule.rank + (1 - rule.rank) / 2,
      coverRank: clamp(rule.coverRank + 0.15),
      cover: clamp(rule.cover + 0.1),
      coverTerms: rule.coverTerms + 1,
      margin: clamp(rule.margin + 0.1),
      minCover: clamp(rule.minCover + 0.1),
      crowd: Math.max(1, rule.crowd - 1),
    };
  }
  return {
    ...rule,
    rank: clamp(rule.rank - 0.1),
    coverRank: clamp(rule.coverRank - 0.15),
    cover: clamp(rule.cover - 0.1),
    coverTerms: Math.max(1, rule.coverTerms - 1),
    margin: clamp(rule.margin - 0.15),
    minCover: clamp(rule.minCover - 0.1),
    // a lower cover floor lets more look-alikes reach it: allow one more
    crowd: rule.crowd + 1,
  };
}
