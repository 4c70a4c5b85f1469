/** How long a status message stays, ms. */
const TOAST_MS = 5000;

const CSS = `
:host { all: initial; }
button { font: 600 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 6px 10px; border-radius: 6px;
  border: 1px solid #0369a1; background: #0369a1; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
p { margin: 0; max-width: 320px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 8px 10px; border-radius: 8px;
  background: #1f2937; color: #f9fafb; box-shadow: 0 4px 12px rgba(0,0,0,.3); }
@media (prefers-color-scheme: dark) { button { background: #0ea5e9; border-color: #0ea5e9; color: #0b1220; } p { background: #f9fafb; color: #1f2937; } }
`;

/**
 * The small "Annotate" button shown by a selection, and short status messages ("Select the text
 * first"), in a closed shadow root on `<claimlens-annotate-button>`.
 */
export class AnnotateButton {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLParagraphElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** @param onClick called when the button is pressed (the page selection is kept) */
  constructor(private readonly doc: Document, onClick: () => void) {
    this.host = doc.createElement('claimlens-annotate-button');
    this.host.setAttribute('data-claimlens', 'annotate-button');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.textContent = 'Annotate';
    this.button.setAttribute('aria-label', 'Annotate the selected text (Alt+Shift+A)');
    this.button.title = 'Annotate with ClaimLens (Alt+Shift+A)';
    // Keep the page's selection: a press on a button would otherwise clear it.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', () => {
      this.hide();
      onClick();
    });
    this.status = doc.createElement('p');
    this.status.setAttribute('role', 'status');
    this.status.hidden = true;
    shadow.append(style, this.button, this.status);
    Object.assign(this.host.style, { position: 'fixed', zIndex: '2147483646', top: '0', left: '0', display: 'none' });
  }

  /** Shows the button just below the end of a selection (client px). */
  showAt(rect: DOMRect): void {
    this.attach();
    this.status.hidden = true;
    this.button.hidden = false;
    this.host.style.display = 'block';
    const view = this.doc.defaultView!;
    const left = Math.min(Math.max(4, rect.right - 40), view.innerWidth - 100);
    const top = rect.bottom + 6 + 32 <= view.innerHeight ? rect.bottom + 6 : Math.max(4, rect.top - 38);
    this.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /** Shows a short message at the top of the window. */
  toast(message: string): void {
    this.attach();
    this.button.hidden = true;
    this.status.hidden = false;
    this.status.textContent = message;
    this.host.style.display = 'block';
    this.host.style.transform = 'translate(16px, 16px)';
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => this.hide(), TOAST_MS);
  }

  hide(): void {
    this.host.style.display = 'none';
  }

  /** True while a message is shown: a selection change must not take it away before it is read. */
  get toasting(): boolean {
    return !this.status.hidden && this.host.style.display !== 'none';
  }

  destroy(): void {
    clearTimeout(this.toastTimer);
    this.host.remove();
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }
}
