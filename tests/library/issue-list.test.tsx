// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../components/library/IssueList';

function summary(issues: Array<{ row: number; field: string; reason: string }>): string {
  const el = document.createElement('div');
  render(<IssueList title="Rows left out" issues={issues} kind="error" />, el);
  return el.querySelector('summary')?.textContent ?? '';
}

describe('IssueList', () => {
  it('counts rows and problems apart when one row has several problems', () => {
    expect(summary([{ row: 3, field: 'claimReviewed', reason: 'is missing' }, { row: 3, field: 'reviewRating', reason: 'is missing' }])).toBe('Rows left out (1 row, 2 problems)');
    expect(summary([{ row: 1, field: 'a', reason: 'x' }, { row: 2, field: 'a', reason: 'x' }])).toBe('Rows left out (2)');
    expect(summary([])).toBe('');
  });
});
