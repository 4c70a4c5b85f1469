import type { Verdict } from '../lib/types';

/** Display name and colours of each canonical verdict (also used by the highlight stylesheet). */
export const VERDICT_INFO: Record<Verdict, { label: string; color: string }> = {
  true: { label: 'True', color: '#15803d' },
  'mostly-true': { label: 'Mostly true', color: '#4d7c0f' },
  mixed: { label: 'Mixed', color: '#b45309' },
  'mostly-false': { label: 'Mostly false', color: '#c2410c' },
  false: { label: 'False', color: '#b91c1c' },
  'needs-context': { label: 'Needs context', color: '#6d28d9' },
  unproven: { label: 'Unproven', color: '#475569' },
};
