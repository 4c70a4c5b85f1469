// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AnnotationForm } from '../../components/AnnotationForm';

describe('the annotate form on a right-to-left page', () => {
  it('keeps its own words left to right; the quote and the note take their direction from their text', () => {
    const el = document.createElement('div');
    el.dir = 'rtl';
    document.body.appendChild(el);
    render(<AnnotationForm quote="הפלישה החלה ב-24 בפברואר 2022." onSave={async () => undefined} onCancel={() => undefined} />, el);
    expect(el.querySelector('form')?.getAttribute('dir')).toBe('ltr');
    expect(el.querySelector('.cl-quote')?.getAttribute('dir')).toBe('auto');
    expect(el.querySelector('#cl-note')?.getAttribute('dir')).toBe('auto');
    render(null, el);
    el.remove();
  });
});
