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
 * The highlight rule for a sensitivity, derived from the shipped (balanced) rule by moving each
 * probability bar by the same step: `strict` asks more probability, cover and lead over look-alikes;
 * `lenient` asks less, down to a lower cover floor for looser paraphrases. The steps are a product
 * choice, not trained: each setting is a visible change in highlights; their precision and recall on
 * the CheckThat! 2021 dev sets are in docs/benchmarks.md (`npm run eval -- --sensitivity S`).
 * @param rule the model's shipped rule (assets/models/reranker.json `highlight`)
 * @returns a new rule; bars stay within 0..1
 */
export function ruleFor(rule: HighlightRule, sensitivity: MatchSensitivity): HighlightRule {
  if (sensitivity === 'balanced') return rule;
  const s = sensitivity === 'strict' ? 1 : -1;
  return {
    ...rule,
    rank: clamp(rule.rank + 0.1 * s),
    coverRank: clamp(rule.coverRank + 0.15 * s),
    cover: clamp(rule.cover + 0.1 * s),
    margin: clamp(rule.margin + 0.1 * s),
    minCover: clamp(rule.minCover + 0.1 * s),
  };
}
