// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '../../components/ClaimCard';
import type { StatementView } from '../../lib/messages';

const base: StatementView = {
  id: 's1', text: 'Ukraine started the war.', claimant: 'Donald Trump', claimDate: '2025-02-18', verdict: 'false',
  verdictLabel: 'False', summary: 'Russia launched the full-scale invasion on 24 February 2022.', reviewer: 'FactCheck.org',
  reviewUrl: 'https://www.factcheck.org/x', reviewDate: '2025-02-19', origin: 'starter', notes: ['Check the date'],
};

function mount(s: StatementView): HTMLElement {
  const el = document.createElement('div');
  render(<ClaimCard statement={s} />, el);
  return el;
}

describe('ClaimCard', () => {
  it('shows verdict, statement, claimant, reviewer, summary, source and notes', () => {
    const el = mount(base);
    const text = el.textContent ?? '';
    for (const part of ['False', 'Ukraine started the war.', 'Donald Trump', 'FactCheck.org', 'Russia launched', 'Check the date']) {
      expect(text).toContain(part);
    }
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.factcheck.org/x');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('keeps its own words left to right on a right-to-left page, and lets quoted texts take their own direction', () => {
    const el = mount({ ...base, summary: 'הפלישה החלה ב-24 בפברואר 2022.', notes: ['ملاحظة'] });
    expect(el.querySelector('[role=dialog]')?.getAttribute('dir')).toBe('ltr');
    expect(el.querySelector('.cl-summary')?.getAttribute('dir')).toBe('auto');
    expect(el.querySelector('.cl-statement bdi')?.textContent).toBe('Ukraine started the war.');
    expect([...el.querySelectorAll('.cl-meta bdi')].map((b) => b.textContent)).toEqual(['Donald Trump, Feb 18, 2025', 'FactCheck.org, Feb 19, 2025']);
    expect(el.querySelector('.cl-notes li')?.getAttribute('dir')).toBe('auto');
  });

  it('renders imported markup as text, never as elements', () => {
    const el = mount({ ...base, summary: '<img src=x onerror=alert(1)>', text: '<b>bold</b>' });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows no link when there is no safe source URL', () => {
    const el = mount({ ...base, reviewUrl: undefined });
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent, 'the card says there is no link').toContain('no link to the review given');
    expect(mount(base).textContent).not.toContain('no link to the review given');
    expect(mount({ ...base, reviewUrl: undefined, origin: 'personal' }).textContent, "a personal note has no review to link").not.toContain('no link');
  });

  it("keeps the reviewer's own label beside the canonical verdict", () => {
    expect(mount({ ...base, verdictLabel: 'Pants on Fire!' }).textContent).toContain('Pants on Fire!');
  });
});
