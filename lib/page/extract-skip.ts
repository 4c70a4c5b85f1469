/**
 * Content that is never text to read or paint, whatever the page (hard cases 8, 9, 25).
 */

/** Code, embedded media and graphics, document metadata, form controls, ruby annotations. */
const NEVER_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'map', 'head', 'title', 'meta', 'link', 'input', 'textarea', 'select', 'button', 'option',
  'optgroup', 'datalist', 'rp', 'rt',
]);

/**
 * Classes that hide text from sight but not from screen readers (Bootstrap `sr-only`, WordPress
 * `screen-reader-text`, HTML5 Boilerplate `visually-hidden`); such text would otherwise glue words
 * like "(opens in a new window)" into sentences. Matched as whole class tokens.
 */
const ASSISTIVE_ONLY = ['sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden'];

/**
 * Whether an element and all it contains must never be extracted or painted:
 * - tags in NEVER_TAGS (script, style, noscript, template, svg, canvas, iframe, form controls, ...);
 * - the `hidden` attribute, `aria-hidden="true"`, inline `display: none` or `visibility: hidden|collapse`,
 *   the same in the computed style when one is given, and the ASSISTIVE_ONLY classes;
 * - `contenteditable` with any value but "false" (editors own that text);
 * - ClaimLens's own UI: a `data-claimlens` attribute or a `claimlens-*` tag name (except the
 *   `<claimlens-mark>` fallback highlight and the root element's ready signal).
 *
 * A `visibility: hidden` subtree is skipped whole, even where a descendant sets `visible` again.
 * @param el the element
 * @param style its computed style, or null when there is no layout engine
 */
export function isSkipped(el: Element, style: CSSStyleDeclaration | null): boolean {
  const name = el.localName;
  // <claimlens-mark> wraps page text (fallback painting) and <html data-claimlens="ready"> is the
  // ready signal: both hold the page's own text, so neither counts as ClaimLens UI.
  const pageText = name === 'claimlens-mark' || el === el.ownerDocument.documentElement;
  if (NEVER_TAGS.has(name) || (name.startsWith('claimlens-') && !pageText)) return true;
  if (el.hasAttribute('hidden') || (el.hasAttribute('data-claimlens') && !pageText)) return true;
  if (el.getAttribute('aria-hidden')?.toLowerCase() === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const inline = (el as Partial<ElementCSSInlineStyle>).style;
  if (inline && hidesText(inline)) return true;
  if (style && hidesText(style)) return true;
  return ASSISTIVE_ONLY.some((c) => el.classList.contains(c));
}

function hidesText(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
