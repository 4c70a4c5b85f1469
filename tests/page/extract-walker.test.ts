// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractBlocks, findArticleRoot, findArticleRootSliced, rangeForOffsets, startExtraction } from '../../lib/page/extract';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A custom element with an open shadow root holding `shadowHtml`, light children `lightHtml`. */
function host(shadowHtml: string, lightHtml = ''): HTMLElement {
  const el = document.createElement('div');
  el.className = 'widget';
  el.innerHTML = lightHtml;
  el.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
  return el;
}

describe('BlockWalker: open shadow roots (hard case 16)', () => {
  it('reads shadow text in place of the light children and ends blocks at the boundary', () => {
    document.body.innerHTML = '<article><p>Before the widget.</p><p id="x">Lead <span id="h"></span> tail.</p></article>';
    document.getElementById('h')!.replaceWith(host('<b>Russia controls about a fifth of Ukrainian territory.</b>', 'unrendered light text'));
    const blocks = extractBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual([
      'Before the widget.', 'Lead', 'Russia controls about a fifth of Ukrainian territory.', 'tail.',
    ]);
    for (const b of blocks) {
      const roots = new Set(b.nodes.map((n) => n.node.getRootNode()));
      expect(roots.size).toBe(1); // every block lives in one tree
      const range = rangeForOffsets(b, 0, b.text.length, document);
      expect(range.toString()).toBe(b.text);
    }
    expect(blocks[2]!.nodes[0]!.node.getRootNode()).toBeInstanceOf(ShadowRoot);
  });

  it('reads slotted light content where the slot is, as its own block', () => {
    const el = host('<p>Shadow lead.</p><p><slot></slot></p><p><slot name="none">Fallback text.</slot></p>', '<em>Slotted claim.</em>');
    document.body.append(el);
    const blocks = extractBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Shadow lead.', 'Slotted claim.', 'Fallback text.']);
    expect(blocks[1]!.nodes[0]!.node.getRootNode()).toBe(document);
  });

  it('reports the shadow roots it entered and skips hidden content inside them', () => {
    const el = host('<p>Seen.</p><p hidden>Unseen.</p><script>var x = "code";</script>');
    document.body.append(el);
    const { blocks, walker } = startExtraction(document.body);
    walker.run(() => false);
    expect(blocks.map((b) => b.text)).toEqual(['Seen.']);
    expect(walker.shadowRoots).toEqual([el.shadowRoot]);
  });
});

describe('BlockWalker: slices (work budget)', () => {
  it('reads the same blocks when stopped after every check as in one pass', () => {
    const paras = Array.from({ length: 400 }, (_, i) => `<p>Para <a href="#">${i}</a> with <b>bold</b> text.<br>Line two.</p>`);
    document.body.innerHTML = `<article><h1>Title</h1>${paras.join('')}<table><tr><td>Cell one.</td><td>Cell two.</td></tr></table></article>`;
    const whole = extractBlocks(document.body).map((b) => b.text);
    const { blocks, walker } = startExtraction(document.body);
    let slices = 1;
    while (!walker.run(() => true)) slices++;
    expect(blocks.map((b) => b.text)).toEqual(whole);
    expect(whole).toHaveLength(403);
    expect(slices).toBeGreaterThan(20);
  });
});

describe('findArticleRootSliced (work budget)', () => {
  it('finds the same root as the one-pass search, pausing between groups of paragraphs', async () => {
    const teaser = Array.from({ length: 40 }, (_, i) => `<p>Teaser ${i} text.</p>`).join('');
    const body = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} of the article body, long enough to count for more than a teaser does.</p>`).join('');
    document.body.innerHTML = `<div class="teasers">${teaser}</div><main><div class="entry-content">${body}</div></main>`;
    let pauses = 0;
    const root = await findArticleRootSliced(document, () => true, async () => {
      pauses++;
    });
    expect(root).toBe(findArticleRoot(document));
    expect(root.className).toBe('entry-content');
    expect(pauses).toBeGreaterThan(5);
  });
});

describe('extraction of the other hard cases that need no layout', () => {
  it('10: reads every table cell as its own block', () => {
    document.body.innerHTML = '<table><tr><th>Year</th><td>Aid reached $66.9 billion.</td></tr><tr><td colspan="2">Second row.</td></tr></table>';
    expect(extractBlocks(document.body).map((b) => [b.element.localName, b.text])).toEqual([
      ['th', 'Year'], ['td', 'Aid reached $66.9 billion.'], ['td', 'Second row.'],
    ]);
  });

  it('21: keeps right-to-left and joining scripts whole, with ranges over the DOM text', () => {
    document.body.innerHTML = '<p dir="rtl">قالت الحكومة إن <b>العجز</b> انخفض. שלום עולם.</p>';
    const [b] = extractBlocks(document.body);
    expect(b!.text).toBe('قالت الحكومة إن العجز انخفض. שלום עולם.');
    expect(rangeForOffsets(b!, 0, 28, document).toString()).toBe('قالت الحكومة إن العجز انخفض.');
  });

  it('23: reads DOM text, not text-transform or ::first-letter rendering', () => {
    document.head.innerHTML = '<style>p::first-letter { font-size: 3em } .u { text-transform: uppercase }</style>';
    document.body.innerHTML = '<p class="u">Russia controls about a fifth of Ukrainian territory.</p>';
    expect(extractBlocks(document.body).map((b) => b.text)).toEqual(['Russia controls about a fifth of Ukrainian territory.']);
  });
});
