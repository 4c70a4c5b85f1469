// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/PopupApp';

const review = { '@type': 'ClaimReview', claimReviewed: 'A captured claim.', reviewRating: { alternateName: 'False' } };

function api(over: Partial<PopupApi>): PopupApi {
  return {
    tabId: async () => 3,
    tabUrl: async () => 'https://factcheck.example/a',
    tabClaims: async () => ({ url: 'https://factcheck.example/a', claims: [] }),
    siteState: async (host) => ({ host, permitted: false, enabled: true }),
    setSiteEnabled: async (host, enabled) => ({ host, permitted: true, enabled }),
    requestSite: async () => true,
    reloadTab: async () => undefined,
    reveal: async () => true,
    ...over,
  };
}

async function mount(a: PopupApi): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  render(<PopupApp api={a} />, el);
  await vi.waitFor(() => expect(el.querySelector('[aria-busy]')).toBeNull());
  return el;
}

describe('popup capture', () => {
  it('offers "Save this fact-check" on a page with ClaimReview markup and saves only when asked', async () => {
    const save = vi.fn(async () => ({ added: 1, merged: 0 }));
    const el = await mount(api({ readClaimReviews: async () => [review], saveClaimReviews: save }));
    const button = el.querySelector<HTMLButtonElement>('[data-capture]');
    expect(button?.textContent).toBe('Save this fact-check');
    expect(save).not.toHaveBeenCalled();
    button!.click();
    await vi.waitFor(() => expect(el.querySelector('.notice')?.textContent).toBe('Saved 1 fact-check to your library.'));
    expect(save).toHaveBeenCalledWith('https://factcheck.example/a', [review]);
    expect(el.querySelector('[data-capture]')).toBeNull();
  });

  it('offers nothing on a page without ClaimReview markup, and says why a save failed', async () => {
    expect((await mount(api({ readClaimReviews: async () => [] }))).querySelector('[data-capture]')).toBeNull();
    const el = await mount(api({ readClaimReviews: async () => [review], saveClaimReviews: async () => Promise.reject(new Error('quota exceeded')) }));
    el.querySelector<HTMLButtonElement>('[data-capture]')!.click();
    await vi.waitFor(() => expect(el.querySelector('.notice')?.textContent).toBe('Not saved: quota exceeded'));
  });
});
