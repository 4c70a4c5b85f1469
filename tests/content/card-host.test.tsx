// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardHost } from '../../entrypoints/content/card-host';
import type { StatementView } from '../../lib/messages';

const base: StatementView = {
  id: 's1', text: 'Ukraine started the war.', claimant: 'Alice Fernsby', claimDate: '2025-02-18', verdict: 'mixed',
  verdictLabel: 'Half True', summary: 'The invasion began on 24 February 2022, by Russia.', reviewer: 'FactCheck.org',
  reviewUrl: 'https://www.factcheck.org/x', reviewDate: '2025-02-19', origin: 'import', notes: [],
};

describe('CardHost', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws the card again when the statement was edited under the same id (library edit on an open page)', () => {
    // The card's shadow root is closed; keep a handle on it to read what the user sees.
    const attach = Element.prototype.attachShadow;
    let root: ShadowRoot | undefined;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      return (root = attach.call(this, init));
    });
    const card = new CardHost(document);
    const anchor = new DOMRect(10, 10, 100, 20);
    card.show(base, anchor);
    expect(root!.textContent).toContain('Alice Fernsby');
    card.hide();
    card.show({ ...base, claimant: 'Zebulon Pike', verdict: 'false', verdictLabel: 'False' }, anchor);
    expect(root!.textContent).toContain('Zebulon Pike');
    expect(root!.textContent).not.toContain('Alice Fernsby');
    expect(document.querySelector('claimlens-card')!.getAttribute('data-verdict')).toBe('false');
  });
});
