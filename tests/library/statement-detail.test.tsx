// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { StatementDetail } from '../../components/library/StatementDetail';
import type { Statement } from '../../lib/types';

const statement: Statement = {
  id: 's1', text: 'Trump and Putin have held six calls.', verdict: 'true', verdictLabel: 'Accurate', summary: 'Six calls.',
  reviewer: 'TASS', origin: 'starter', tags: [], language: 'en', createdAt: 1, updatedAt: 1,
};

async function editAndSave(change: (form: HTMLFormElement) => void): Promise<Statement> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const onSave = vi.fn(async (_s: Statement) => undefined);
  render(<StatementDetail row={{ kind: 'statement', id: 's1', statement }} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />, el);
  [...el.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!.click();
  const form = await vi.waitFor(() => {
    const f = el.querySelector<HTMLFormElement>('form.edit');
    if (!f) throw new Error('no edit form yet');
    return f;
  });
  change(form);
  await new Promise((r) => setTimeout(r, 0));
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
  el.remove();
  return onSave.mock.calls[0]![0];
}

const choose = (form: HTMLFormElement, name: string, value: string, event: string) => {
  const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
};

describe('editing a statement', () => {
  it('a new verdict replaces a reviewer label that says another one (no "False · Accurate")', async () => {
    const saved = await editAndSave((f) => choose(f, 'verdict', 'false', 'change'));
    expect(saved).toMatchObject({ verdict: 'false', verdictLabel: 'False' });
  });

  it('a label of the reviewer\'s own words that names no verdict is kept', async () => {
    const saved = await editAndSave((f) => choose(f, 'verdictLabel', 'Four Pinocchios-ish', 'input'));
    expect(saved.verdictLabel).toBe('Four Pinocchios-ish');
  });
});
