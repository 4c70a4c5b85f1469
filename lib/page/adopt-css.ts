/**
 * Adds CSS to a shadow root. A constructable stylesheet (`adoptedStyleSheets`, CSSOM,
 * https://drafts.csswg.org/cssom/#dom-documentorshadowroot-adoptedstylesheets) comes first: no DOM
 * node enters the tree, and a page's strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline', hard case 22) blocks a `<style>` element but not a constructed sheet. Where an
 * engine or a content-script wrapper refuses the sheet, a `<style data-claimlens>` is the fallback.
 * @param win the window whose `CSSStyleSheet` constructs the sheet (the shadow root's window)
 * @param root the shadow root
 * @param css the rules
 * @param sheet a sheet built earlier by this function for the same CSS, to share it between roots
 * @returns the adopted sheet, or null when the `<style>` fallback was used
 */
export function adoptCss(win: Window, root: ShadowRoot, css: string, sheet?: CSSStyleSheet | null): CSSStyleSheet | null {
  try {
    let s = sheet;
    if (!s) {
      const Sheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
      s = new Sheet();
      s.replaceSync(css);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
    return s;
  } catch {
    const style = win.document.createElement('style');
    style.setAttribute('data-claimlens', 'style');
    style.textContent = css;
    root.appendChild(style);
    return null;
  }
}
