import { adoptCss } from './adopt-css';

/**
 * `::highlight()` rules style text only in the tree (document or shadow root) whose stylesheets hold
 * them (CSS Custom Highlight API, https://drafts.csswg.org/css-highlight-api-1/#styling-highlights),
 * so text painted inside an open shadow root needs the rules in that root too (hard case 16).
 */
export class TreeStyles {
  private readonly done = new WeakSet<Node>();
  private sheet: CSSStyleSheet | null = null;

  /**
   * @param win the page's window
   * @param css the `::highlight()` rules, as in the page-level stylesheet; empty: none
   * @param onRoot called once for each new shadow root (for rules that change later, such as the
   *   highlight style)
   */
  constructor(private readonly win: Window, private readonly css: string, private readonly onRoot?: (root: ShadowRoot) => void) {}

  /** Adds the rules to the shadow root that holds `range` (once per root); nothing for document text. */
  cover(range: Range): void {
    const root = range.startContainer.getRootNode();
    if (root.nodeType !== 11 || this.done.has(root)) return; // 11: a ShadowRoot (document fragment)
    this.done.add(root);
    if (this.css) this.sheet = adoptCss(this.win, root as ShadowRoot, this.css, this.sheet) ?? this.sheet;
    this.onRoot?.(root as ShadowRoot);
  }
}
