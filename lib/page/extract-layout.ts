/**
 * Block or inline? Tag defaults follow the HTML Living Standard's rendering section (15.3.x,
 * "display: block" elements); a computed `display` wins when a layout engine provides one.
 */
const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'search', 'section', 'summary', 'ul', 'xmp', 'table', 'caption', 'colgroup', 'col', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/** Reads an element's computed style, or null when not available. */
export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

/**
 * Whether an element starts its own block (so text on either side of it never joins, hard case 2).
 * A computed `display` decides when known: `inline*`, `contents` and `ruby*` are inline, anything
 * else that is not `none` is a block. An empty or missing value (no layout engine) falls back to the tag.
 * @param el the element
 * @param style its computed style, or null
 */
export function isBlockLevel(el: Element, style: CSSStyleDeclaration | null): boolean {
  const display = style?.display ?? '';
  if (display && display !== 'none') {
    return !(display.startsWith('inline') || display === 'contents' || display.startsWith('ruby'));
  }
  return BLOCK_TAGS.has(el.localName);
}

/**
 * A computed-style reader for one document, or a reader that always answers null.
 * @param doc the document whose window computes styles
 * @param wanted true/false to force; undefined means "if `getComputedStyle` works"
 * @returns a function that never throws
 */
export function styleReader(doc: Document, wanted: boolean | undefined): StyleOf {
  const view = doc.defaultView;
  const none: StyleOf = () => null;
  if (wanted === false || !view || typeof view.getComputedStyle !== 'function') return none;
  try {
    view.getComputedStyle(doc.documentElement);
  } catch {
    return none;
  }
  return (el) => {
    try {
      return view.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}
