// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightStyleCss, SwitchableSheet } from '../../lib/page/highlight-style';
import { VERDICTS } from '../../lib/types';

const rulesOf = (root: Document | ShadowRoot) => root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

describe('highlight style', () => {
  it('underline clears the background of every verdict highlight and the fallback marks, nothing else', () => {
    const css = highlightStyleCss('underline');
    for (const v of VERDICTS) expect(css).toContain(`::highlight(claimlens-${v})`);
    expect(css).toContain('claimlens-mark[data-claimlens]');
    expect(css).not.toMatch(/claimlens-(note|flash|checkworthy)/);
    expect(highlightStyleCss('background')).toBe('');
  });

  it('adds nothing to a tree until there are rules, then follows every change in the document and shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const sheet = new SwitchableSheet(window);
    sheet.attach(document);
    sheet.set('');
    expect(document.adoptedStyleSheets).toHaveLength(0);

    sheet.set('claimlens-mark { color: red; }');
    sheet.attach(root);
    expect(rulesOf(document)).toContain('red');
    expect(rulesOf(root)).toContain('red');

    sheet.set('claimlens-mark { color: blue; }');
    expect(rulesOf(document)).not.toContain('red');
    expect(rulesOf(root)).toContain('blue');
    expect(document.adoptedStyleSheets).toHaveLength(1);

    sheet.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('keeps the page\'s own adopted sheets', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('p { margin: 0; }');
    document.adoptedStyleSheets = [own];
    const sheet = new SwitchableSheet(window);
    sheet.attach(document);
    sheet.set('claimlens-mark { color: red; }');
    sheet.destroy();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });
});

describe('SwitchableSheet.reattach', () => {
  it('puts the rules back after the page replaced its adopted sheets, and keeps the page\'s', () => {
    document.adoptedStyleSheets = [];
    const sheet = new SwitchableSheet(window);
    sheet.attach(document);
    sheet.set('claimlens-mark { color: red; }');
    const pages = new CSSStyleSheet();
    document.adoptedStyleSheets = [pages]; // a framework assigns the list whole
    expect(rulesOf(document)).not.toContain('red');
    sheet.reattach();
    expect(rulesOf(document)).toContain('red');
    expect(document.adoptedStyleSheets[0]).toBe(pages);
    sheet.reattach();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    sheet.destroy();
  });
});
