// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBlocks, findArticleRoot, findHeadline } from '../../lib/page/extract';
import { isChromeToken } from '../../lib/page/extract-chrome';

const para = (words: number, text = 'word') => `<p>${Array<string>(words).fill(text).join(' ')}.</p>`;

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
}

describe('findArticleRoot', () => {
  it('prefers [itemprop=articleBody]', () => {
    const doc = page(`<article>${para(50)}<div itemprop="articleBody">${para(5)}</div></article>`);
    expect(findArticleRoot(doc).getAttribute('itemprop')).toBe('articleBody');
  });

  it('picks the innermost candidate that still holds the paragraphs', () => {
    const doc = page(`<main><article id="a"><header><h1>T</h1></header><div class="entry-content">${para(40)}${para(40)}</div>
      </article><div class="teaser">${para(5)}</div></main>`);
    expect(findArticleRoot(doc).className).toBe('entry-content');
  });

  it('ignores teaser articles and paragraphs in chrome', () => {
    const doc = page(`<aside>${para(200)}</aside><div id="comments">${para(200)}</div>
      <div id="story"><article>${para(3)}</article>${para(60)}${para(60)}</div><article>${para(3)}</article>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('falls back to the element with the most paragraph text, widened to hold half of it', () => {
    const doc = page(`<div id="page"><div id="one">${para(30)}${para(30)}</div><div class="ad">x</div>
      <div id="two">${para(30)}${para(30)}</div></div><div id="other">${para(10)}</div>`);
    expect(findArticleRoot(doc).id).toBe('page');
    const single = page(`<div id="text">${para(30)}${para(30)}</div><div>${para(5)}</div>`);
    expect(findArticleRoot(single).id).toBe('text');
  });

  it('falls back to body without paragraphs', () => {
    const doc = page('<div>Just text</div>');
    expect(findArticleRoot(doc)).toBe(doc.body);
  });
});

describe('findHeadline and extractBlocks(document)', () => {
  it('adds the h1 above the article body, not a site logo h1', () => {
    const doc = page(`<header class="site-header"><h1>Site name</h1></header>
      <div class="wrap"><h1>The headline</h1><div itemprop="articleBody">${para(20)}</div></div>`);
    const root = findArticleRoot(doc);
    expect(findHeadline(doc, root)?.textContent).toBe('The headline');
    expect(extractBlocks(doc).map((b) => b.text.slice(0, 12))).toEqual(['The headline', 'word word wo']);
  });

  it('adds nothing when the root holds its own h1 or the h1 comes after it', () => {
    const doc = page(`<article><h1>Inside</h1>${para(20)}</article><h1>Later</h1>`);
    expect(findHeadline(doc, findArticleRoot(doc))).toBeNull();
    const after = page(`<div itemprop="articleBody">${para(20)}</div><h1>After</h1>`);
    expect(findHeadline(after, findArticleRoot(after))).toBeNull();
  });
});

describe('isChromeToken', () => {
  it('matches whole tokens and whole parts', () => {
    for (const t of ['share', 'ad-slot', 'ads', 'advert', 'c-social', 'relatedPosts', 'share_bar', 'read-also', 'readAlso',
      'entry-meta', 'cookie-banner', 'sidebar', 'post-tags', 'byline', 'paywall', 'newsletter', 'breadcrumb', 'comments',
      'subscribe', 'promo', 'consent']) {
      expect(isChromeToken(t), t).toBe(true);
    }
  });

  it('does not match substrings of unrelated words', () => {
    for (const t of ['shadow', 'heading', 'shareholders', 'loaded', 'meta', 'entry', 'read', 'also', 'related1x', 'header', 'tagline', 'bad']) {
      expect(isChromeToken(t), t).toBe(false);
    }
  });
});
