import type { HighlightStyle } from '../settings';
import { VERDICTS } from '../types';
import { highlightName } from './paint';

/**
 * The rules that turn the verdict highlights (`claimlens-<verdict>`, painted with a tinted background
 * and an underline by highlights.css) into underline only, for the `underline` style. `!important`
 * because the base rules come from the manifest's stylesheet, whose order against an adopted sheet
 * differs between engines. Notes, the reveal flash and check-worthy hints keep their own look.
 * @returns CSS text; empty for `background` (the base look)
 */
export function highlightStyleCss(style: HighlightStyle): string {
  if (style !== 'underline') return '';
  const names = VERDICTS.map((v) => `::highlight(${highlightName(v)})`).join(', ');
  // skip-ink none: a continuous line (skipping descenders made it look broken)
  const look = 'background-color: transparent !important; text-decoration-thickness: 3px !important; text-decoration-skip-ink: none !important;';
  return `${names} { ${look} }\nclaimlens-mark[data-claimlens] { ${look} }\n`;
}

/**
 * One set of rules shared by a document and the shadow roots it paints into, replaceable at once:
 * a constructable stylesheet (CSSOM `adoptedStyleSheets`: no node enters the page, and a strict
 * `style-src` CSP does not block it, hard case 22). Where a tree refuses the sheet, a
 * `<style data-claimlens>` is the fallback, kept in step by {@link set}. Nothing is added to a tree
 * until the rules are non-empty.
 */
export class SwitchableSheet {
  private readonly sheet: CSSStyleSheet | null;
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly adopted = new Set<Document | ShadowRoot>();
  private readonly styles = new Map<Document | ShadowRoot, HTMLStyleElement>();
  private css = '';

  /** @param win the window whose `CSSStyleSheet` builds the sheet (the page's) */
  constructor(private readonly win: Window) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    } catch {
      // engines without constructable sheets: <style> fallback
    }
    this.sheet = sheet;
  }

  /** Applies the rules to a tree too (once per tree). */
  attach(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (this.css) this.apply(root);
  }

  /** Replaces the rules in every attached tree. */
  set(css: string): void {
    this.css = css;
    try {
      this.sheet?.replaceSync(css);
    } catch {
      // a detached or foreign sheet: the <style> fallbacks still follow
    }
    for (const el of this.styles.values()) el.textContent = css;
    if (css) for (const root of this.roots) this.apply(root);
  }

  /**
   * Puts the sheet back into trees whose page replaced `adoptedStyleSheets` (frameworks assign the
   * list whole). Cheap: call it now and then (the content script does on its liveness tick).
   */
  reattach(): void {
    if (!this.sheet || !this.css) return;
    for (const root of this.adopted) {
      try {
        if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      } catch {
        // the tree is gone
      }
    }
  }

  /** Removes the rules from every tree (the content script is going away). */
  destroy(): void {
    for (const root of this.adopted) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // the tree is gone
      }
    }
    for (const el of this.styles.values()) el.remove();
    this.adopted.clear();
    this.styles.clear();
    this.roots.clear();
  }

  private apply(root: Document | ShadowRoot): void {
    if (this.adopted.has(root) || this.styles.has(root)) return;
    if (this.sheet) {
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
        this.adopted.add(root);
        return;
      } catch {
        // a content-script wrapper that refuses a page sheet: fall back
      }
    }
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const el = (doc ?? this.win.document).createElement('style');
    el.setAttribute('data-claimlens', 'style');
    el.textContent = this.css;
    (root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root).appendChild(el);
    this.styles.set(root, el);
  }
}
