// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractBlocks, rangeForOffsets, type Block } from '../../lib/page/extract';
import { isSkipped } from '../../lib/page/extract-skip';
import { normalizeForMatch } from '../../lib/text/normalize';
import { segmentSentences } from '../../lib/text/segment';
import { REPORTULTRA_SENTENCES } from '../text/reportultra-sentences';

/** Puts `html` in the body and returns the blocks of the body (whole page, no article detection). */
function blocksOf(html: string): Block[] {
  document.body.innerHTML = html;
  return extractBlocks(document.body);
}

const textsOf = (html: string) => blocksOf(html).map((b) => b.text);

/** DOM text behind block text `needle` (first occurrence). */
function domText(block: Block, needle: string): string {
  const at = block.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return rangeForOffsets(block, at, at + needle.length, document).toString();
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('extractBlocks and rangeForOffsets: hard cases', () => {
  it('1: reads a sentence split across inline elements as one block and ranges across the pieces', () => {
    const [block, ...rest] = blocksOf('<p>Aid reached <strong>$66.9 billion</strong> by March.</p>');
    expect(rest).toEqual([]);
    expect(block?.text).toBe('Aid reached $66.9 billion by March.');
    expect(block?.nodes.map((n) => [n.node.data, n.start, n.end])).toEqual([
      ['Aid reached ', 0, 12], ['$66.9 billion', 12, 25], [' by March.', 25, 35],
    ]);
    const b = block as Block;
    const range = rangeForOffsets(b, 0, b.text.length, document);
    expect(range.toString()).toBe('Aid reached $66.9 billion by March.');
    expect(range.startContainer).toBe(b.nodes[0]?.node);
    expect(range.endContainer).toBe(b.nodes[2]?.node);
    expect(domText(b, 'reached $66.9 billion by')).toBe('reached $66.9 billion by');
    const inline = ['a', 'em', 'span', 'b', 'i', 'mark', 'time', 'abbr', 'sup', 'sub', 'q', 'cite', 'small'];
    const html = `<p>${inline.map((t) => `<${t}>${t}</${t}>`).join(' ')}</p>`;
    expect(textsOf(html)).toEqual([inline.join(' ')]);
  });

  it('2: never joins text across block boundaries', () => {
    expect(textsOf('<h2>Budget</h2><p>The deficit fell.</p>')).toEqual(['Budget', 'The deficit fell.']);
    expect(textsOf('<div>Intro <p>Para</p> tail</div>')).toEqual(['Intro', 'Para', 'tail']);
    expect(textsOf('<ul><li>One<ul><li>Two</li></ul>Three</li></ul>')).toEqual(['One', 'Two', 'Three']);
    expect(textsOf('<table><tr><td>5%</td><td>rise</td></tr></table>')).toEqual(['5%', 'rise']);
    expect(textsOf('<div>Before<div class="ad-slot">Advertisement</div>after</div>')).toEqual(['Before', 'after']);
    const blocks = blocksOf('<blockquote>Quote</blockquote><dl><dt>T</dt><dd>D</dd></dl><figure><figcaption>C</figcaption></figure><pre>P</pre>');
    expect(blocks.map((b) => [b.element.localName, b.text])).toEqual([
      ['blockquote', 'Quote'], ['dt', 'T'], ['dd', 'D'], ['figcaption', 'C'], ['pre', 'P'],
    ]);
  });

  it('3: reads <br> as a space and anchors across it', () => {
    const [block] = blocksOf('<p>five<br>percent</p>');
    const b = block as Block;
    expect(b.text).toBe('five percent');
    expect(b.nodes.map((n) => [n.start, n.end])).toEqual([[0, 4], [5, 12]]);
    expect(rangeForOffsets(b, 0, 12, document).toString()).toBe('fivepercent');
    expect(rangeForOffsets(b, 4, 12, document).toString()).toBe('percent');
    expect(rangeForOffsets(b, 0, 5, document).toString()).toBe('five');
    expect(textsOf('<p><br>a <br> <br>b<br></p>')).toEqual(['a b']);
  });

  it('4: keeps U+00A0, U+202F, U+2009 in the block; matching folds them and maps back to the DOM', () => {
    const [block] = blocksOf('<p>On July&nbsp;3, 5\u202F000 rose 2\u2009%.</p>');
    const b = block as Block;
    expect(b.text).toBe('On July\u00A03, 5\u202F000 rose 2\u2009%.');
    const { text, map } = normalizeForMatch(b.text);
    expect(text).toBe('on july 3, 5 000 rose 2 %.');
    const at = text.indexOf('july 3, 5 000');
    const range = rangeForOffsets(b, map[at] as number, map[at + 13] as number, document);
    expect(range.toString()).toBe('July\u00A03, 5\u202F000');
  });

  it('5: keeps soft hyphens, zero-width characters, BOM and <wbr> out of the match but inside the range', () => {
    const [block] = blocksOf('<p>infra&shy;structure, zero\u200Bwidth\u200D, \uFEFFbom, wo<wbr>rd</p>');
    const b = block as Block;
    expect(b.text).toBe('infra\u00ADstructure, zero\u200Bwidth\u200D, \uFEFFbom, word');
    const { text, map } = normalizeForMatch(b.text);
    expect(text).toBe('infrastructure, zerowidth, bom, word');
    const span = (needle: string) => {
      const at = text.indexOf(needle);
      return rangeForOffsets(b, map[at] as number, map[at + needle.length] as number, document).toString();
    };
    expect(span('infrastructure')).toBe('infra\u00ADstructure');
    // The end maps to the next visible character, so a dropped ZWJ right after rides along (harmless).
    expect(span('zerowidth')).toBe('zero\u200Bwidth\u200D');
    expect(span('word')).toBe('word');
    expect(b.nodes).toHaveLength(2);
  });

  it('6: curly quotes, apostrophes and dashes fold for matching', () => {
    const [block] = blocksOf('<p>Trump’s “no progress”—at ‘all’ – he said</p>');
    expect(normalizeForMatch((block as Block).text).text).toBe(`trump's "no progress"-at 'all' - he said`);
  });

  it('7: collapses runs of whitespace and newlines without removing a space between words', () => {
    const [block] = blocksOf('<p>\n  The\n   deficit\t\tfell <em>by</em>  <b>half</b>\n\n</p>');
    const b = block as Block;
    expect(b.text).toBe('The deficit fell by half');
    for (const word of ['The', 'deficit', 'fell', 'by', 'half']) expect(domText(b, word)).toBe(word);
    expect(domText(b, 'The deficit')).toBe('The\n   deficit');
    expect(domText(b, 'fell by half')).toBe('fell by  half');
    expect(textsOf('<p><span>a</span> <span>b</span></p>')).toEqual(['a b']);
    expect(textsOf('<p><span>a </span><span> b</span></p>')).toEqual(['a b']);
    expect(textsOf('<p>a<span> </span>b<i>\n</i>c</p>')).toEqual(['a b c']);
    expect(textsOf('<p><b>glued</b><i>words</i></p>')).toEqual(['gluedwords']);
  });

  it('8: never extracts script, style, noscript, template or hidden content', () => {
    const texts = textsOf(`<p>Seen
      <script>var secret = 1;</script><style>p{}</style><noscript>noscript</noscript>
      <template>template</template><span hidden>hidden-attr</span><span style="display:none">display-none</span>
      <span style="visibility: hidden">visibility-hidden</span><span aria-hidden="true">aria-hidden</span>
      <span class="sr-only">sr-only</span><svg><text>svg</text></svg><canvas>canvas</canvas>
      <object>object</object>text</p>
      <div hidden><p>hidden block</p></div><details><summary>Summary</summary><p>closed details</p></details>`);
    expect(texts).toEqual(['Seen text', 'Summary']);
    // Not parsed into the page: happy-dom would try to load it.
    const frame = document.createElement('iframe');
    frame.textContent = 'iframe';
    expect(isSkipped(frame, null)).toBe(true);
  });

  it('9: never extracts form controls or contenteditable content', () => {
    const texts = textsOf(`<p>Kept <input value="input"> <textarea>textarea</textarea>
      <select><option>option</option></select> <button>button</button> end</p>
      <div contenteditable="true">editable</div><div contenteditable="">empty-value</div>
      <div contenteditable="plaintext-only">plaintext</div><div contenteditable="false">not editable</div>`);
    expect(texts).toEqual(['Kept end', 'not editable']);
    const inside = document.querySelector('[contenteditable="true"]') as Element;
    expect(extractBlocks(inside)).toEqual([]);
  });

  it('24: keeps UTF-16 offsets right after emoji and other astral characters', () => {
    const [block] = blocksOf('<p>😀 🇺🇦 𝐀 Aid reached <b>$66.9 billion</b>.</p>');
    const b = block as Block;
    expect(b.text).toBe('😀 🇺🇦 𝐀 Aid reached $66.9 billion.');
    expect(domText(b, 'Aid reached $66.9')).toBe('Aid reached $66.9');
    expect(domText(b, '🇺🇦')).toBe('🇺🇦');
  });

  it("25: never extracts ClaimLens's own UI", () => {
    const texts = textsOf(`<p>Page text</p><div data-claimlens="card"><p>card text</p></div>
      <claimlens-card><p>custom element text</p></claimlens-card>
      <p>Sentence <span data-claimlens>note</span>continues</p>`);
    expect(texts).toEqual(['Page text', 'Sentence continues']);
    const own = document.querySelector('[data-claimlens="card"] p') as Element;
    expect(extractBlocks(own)).toEqual([]);
  });
});

describe('extractBlocks on site chrome', () => {
  it('skips navigation, asides, footers, dialogs, chrome roles and chrome class names', () => {
    const texts = textsOf(`<nav>nav</nav><aside>aside</aside><footer>footer</footer><dialog open>dialog</dialog>
      <form role="search"><p>search form</p></form><div role="navigation">role-nav</div><div role="banner">role-banner</div>
      <div role="complementary">role-comp</div><div role="contentinfo">info</div><div role="alert">alert</div>
      <div class="share-bar">share</div><div class="c-social">social</div><div id="relatedPosts">related</div>
      <div class="cookie-notice">cookie</div><div class="consent">consent</div><div class="ad_wrapper">ad</div>
      <div class="read-also">read</div><ul class="breadcrumb"><li>crumb</li></ul><div class="post-tags">tags</div>
      <div class="newsletter">newsletter</div><div id="comments">comments</div><div class="paywall">paywall</div>
      <div class="promo">promo</div><div class="subscribe-box">subscribe</div><div class="entry-meta">meta</div>
      <p class="shadow">shadow class</p><h2 class="section-heading">heading class</h2><p class="shareholders">shareholders</p>`);
    expect(texts).toEqual(['shadow class', 'heading class', 'shareholders']);
  });

  it("keeps the article's own header heading but skips its byline and share bar, and skips the site header", () => {
    const texts = textsOf(`<header class="site-header"><a href="/">Site</a></header>
      <article><header><h1>Headline</h1><p class="byline">By Desk</p><div class="share">Share</div></header>
      <p>Body.</p></article>`);
    expect(texts).toEqual(['Headline', 'Body.']);
  });

  it('keeps a wrapper whose class looks like chrome but that holds the article', () => {
    expect(textsOf('<div class="content-sidebar-wrap"><main><p>Body.</p></main><aside>Side</aside></div>')).toEqual(['Body.']);
    expect(textsOf('<form id="aspnetForm"><h1>Title</h1><p>Body.</p></form>')).toEqual(['Title', 'Body.']);
    expect(textsOf('<main class="has-sidebar"><p>Main.</p></main>')).toEqual(['Main.']);
    expect(textsOf('<div class="entry-content has-share-buttons"><p>Body.</p><div class="share">Share</div></div>'))
      .toEqual(['Body.']);
  });
});

describe('extractBlocks computed style', () => {
  it('skips what a stylesheet hides when computed style is on, and reads tags only when it is off', () => {
    document.head.innerHTML = '<style>.gone { display: none }</style>';
    document.body.innerHTML = '<p>Seen</p><p class="gone">Gone</p>';
    const view = document.defaultView as Window;
    const spy = vi.spyOn(view, 'getComputedStyle');
    expect(extractBlocks(document.body, { useComputedStyle: false }).map((b) => b.text)).toEqual(['Seen', 'Gone']);
    expect(spy).not.toHaveBeenCalled();
    // happy-dom applies simple stylesheet rules; a real browser does too.
    expect(extractBlocks(document.body).map((b) => b.text)).toEqual(['Seen']);
    spy.mockRestore();
  });

  it('degrades to tag rules when getComputedStyle throws', () => {
    document.body.innerHTML = '<p>One</p><p>Two <span style="display:none">x</span>three</p>';
    const spy = vi.spyOn(document.defaultView as Window, 'getComputedStyle').mockImplementation(() => {
      throw new Error('no layout');
    });
    expect(extractBlocks(document.body).map((b) => b.text)).toEqual(['One', 'Two three']);
    spy.mockRestore();
  });

  it('lets a computed display turn an inline element into a block', () => {
    expect(textsOf('<div>a<span style="display:block">b</span>c</div>')).toEqual(['a', 'b', 'c']);
  });
});

describe('rangeForOffsets', () => {
  it('returns a collapsed range for an empty span and rejects bad offsets', () => {
    const [block] = blocksOf('<p>Aid <b>reached</b></p>');
    const b = block as Block;
    const empty = rangeForOffsets(b, 4, 4, document);
    expect(empty.collapsed).toBe(true);
    expect(empty.startContainer).toBe(b.nodes[1]?.node);
    expect(rangeForOffsets(b, 11, 11, document).collapsed).toBe(true);
    expect(() => rangeForOffsets(b, 3, 2, document)).toThrow(RangeError);
    expect(() => rangeForOffsets(b, -1, 2, document)).toThrow(RangeError);
    expect(() => rangeForOffsets(b, 0, 12, document)).toThrow(RangeError);
  });

  it('maps every sub-span of a messy block back to DOM text that collapses to it', () => {
    const [block] = blocksOf('<p>  A\n <b> b </b>c<br> <i>d\u00A0 e</i>\n\n<span> </span> f  </p>');
    const b = block as Block;
    expect(b.text).toBe('A b c d\u00A0 e f');
    for (let s = 0; s < b.text.length; s++) {
      for (let e = s + 1; e <= b.text.length; e++) {
        const dom = rangeForOffsets(b, s, e, document).toString();
        const collapsed = dom.replace(/[ \t\n\r\f]+/g, ' ');
        const expected = b.text.slice(s, e);
        // A range never reaches into the <br> gap, so its ends may lack the <br>'s space.
        expect(collapsed.trim()).toBe(expected.trim());
      }
    }
  });
});

describe('extractBlocks on the reportultra article (saved page)', () => {
  const file = join(process.cwd(), 'tests/fixtures/pages/reportultra-trump-putin-no-progress.html');
  const html = readFileSync(file, 'utf8');
  const expected = REPORTULTRA_SENTENCES.map((s) => s.join(' '));
  const load = (): Document => {
    document.open();
    document.write(html);
    document.close();
    return document;
  };

  it('returns the headline and the eleven article paragraphs, in order (the footer <p> is not one)', () => {
    const blocks = extractBlocks(load());
    expect(blocks.map((b) => b.text)).toEqual(expected);
    expect(blocks.map((b) => b.element.localName)).toEqual(['h1', ...Array<string>(11).fill('p')]);
  });

  it('reads the same from the whole body, with and without computed style, and from a parsed document', () => {
    const doc = load();
    expect(extractBlocks(doc.body).map((b) => b.text)).toEqual(expected);
    expect(extractBlocks(doc.body, { useComputedStyle: false }).map((b) => b.text)).toEqual(expected);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(extractBlocks(parsed).map((b) => b.text)).toEqual(expected);
  });

  it('leaves out every piece of site chrome, the form field and the JSON-LD', () => {
    const all = extractBlocks(load().body).map((b) => b.text).join('\n');
    const absent = [
      'Reportultra', 'Politics', 'Search', 'Newsdesk', 'July 4, 2025 ', 'Share on', 'Copy link', 'Advertisement',
      'Read also', 'Patriot deliveries explained', 'Tags:', 'Donald Trump,', 'Trending', 'Brussels',
      'Tell us', 'Trump made no progress at all', 'Related Posts', 'Istanbul talks end', 'Privacy',
      'cookies', 'Accept', '@context', 'addEventListener', 'font-family',
    ];
    for (const s of absent) expect(all, s).not.toContain(s);
  });

  it('maps every sentence back to exactly its DOM text', () => {
    const doc = load();
    const blocks = extractBlocks(doc);
    blocks.forEach((block, i) => {
      for (const sentence of segmentSentences(block.text)) {
        const range = rangeForOffsets(block, sentence.start, sentence.end, doc);
        expect(range.toString()).toBe(sentence.text);
      }
      expect(segmentSentences(block.text).map((s) => s.text)).toEqual(REPORTULTRA_SENTENCES[i]);
    });
    const money = blocks[5] as Block;
    const at = money.text.indexOf('$66.9 billion by March 2025');
    const range = rangeForOffsets(money, at, at + 27, doc);
    expect(range.startContainer.parentElement?.localName).toBe('strong');
    expect(range.toString()).toBe('$66.9 billion by March 2025');
  });
});

describe('ClaimLens markers that hold page text', () => {
  it('still extracts text after the ready signal is set and inside fallback marks', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><article><p>Aid reached <claimlens-mark data-claimlens="false">$66.9 billion</claimlens-mark> by March.</p><claimlens-card data-claimlens="card">Card text</claimlens-card></article></body></html>',
      'text/html',
    );
    doc.documentElement.dataset.claimlens = 'ready';
    const texts = extractBlocks(doc).map((b) => b.text);
    expect(texts).toContain('Aid reached $66.9 billion by March.');
    expect(texts.join(' ')).not.toContain('Card text');
  });
});
