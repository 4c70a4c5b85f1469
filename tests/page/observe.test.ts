// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeChanges } from '../../lib/page/observe';

const ac: AbortController[] = [];
afterEach(() => ac.splice(0).forEach((a) => a.abort()));

function watch(debounceMs = 20) {
  const a = new AbortController();
  ac.push(a);
  const onChange = vi.fn();
  const handle = observeChanges(document, onChange, { debounceMs, signal: a.signal });
  return { onChange, handle, abort: () => a.abort() };
}

const settle = () => new Promise((r) => setTimeout(r, 60));

describe('observeChanges', () => {
  it('reports added content once per burst', async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const { onChange } = watch();
    const article = document.querySelector('article')!;
    for (let i = 0; i < 5; i++) article.insertAdjacentHTML('beforeend', `<p>Late ${i}.</p>`);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("ignores ClaimLens's own nodes and the ready signal", async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const { onChange } = watch();
    document.documentElement.dataset.claimlens = 'ready';
    document.documentElement.appendChild(document.createElement('claimlens-card'));
    document.querySelector('p')!.appendChild(document.createElement('claimlens-mark'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports an attribute change that can reveal text', async () => {
    document.body.innerHTML = '<article><p hidden>More.</p></article>';
    const { onChange } = watch();
    document.querySelector('p')!.removeAttribute('hidden');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('is silent while paused and after abort', async () => {
    document.body.innerHTML = '<article></article>';
    const { onChange, handle, abort } = watch();
    handle.pause();
    document.querySelector('article')!.append('x');
    handle.resume();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    abort();
    document.querySelector('article')!.append('y');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
