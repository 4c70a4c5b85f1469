import { render } from 'preact';
import { AnnotationForm } from '../../components/AnnotationForm';
import formCss from '../../components/annotation-form.css?inline';
import type { AnnotationBody } from '../../lib/store/annotations';

/** Gap between the selection and the form, px. */
const GAP = 8;

/** What the form is opened with. */
export interface FormRequest {
  quote: string;
  initial?: AnnotationBody;
  /** Selection rectangle (client px) to place the form by; the form is centred at the top without one. */
  anchor?: DOMRect;
  /** Stores the note; the form closes when it resolves and shows the message when it rejects. */
  onSave(body: AnnotationBody): Promise<void>;
  /** Called after Cancel or Esc. */
  onCancel?(): void;
}

/**
 * The annotate form in a closed shadow root on `<claimlens-annotate>`, so the page's CSS and scripts
 * can't reach it. Keys typed in it do not reach the page's own shortcuts. On close, focus goes back
 * to what had it before (the page).
 */
export class FormHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private returnFocus: Element | null = null;
  /** Stops following the form's size and the window's (set while open). */
  private unfollow: (() => void) | undefined;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  /** Opens the form (closing one that is open) with keyboard focus in the note field. */
  open(req: FormRequest): void {
    this.close(false);
    const doc = this.doc;
    this.returnFocus = doc.activeElement;
    const host = doc.createElement('claimlens-annotate');
    host.setAttribute('data-claimlens', 'form');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = formCss;
    const mount = doc.createElement('div');
    mount.setAttribute('role', 'dialog');
    mount.setAttribute('aria-label', req.initial ? 'Edit your ClaimLens note' : 'Annotate with ClaimLens');
    shadow.append(style, mount);
    for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483647', top: '0', left: '0' });
    doc.documentElement.appendChild(host);
    this.host = host;
    this.shadow = shadow;
    render(
      <AnnotationForm
        quote={req.quote}
        initial={req.initial}
        onSave={async (body) => {
          await req.onSave(body);
          this.close(true);
        }}
        onCancel={() => {
          this.close(true);
          req.onCancel?.();
        }}
      />,
      mount,
    );
    this.place(req.anchor);
    // The form grows (an error line, a resized field) and the window shrinks: place it again so
    // Save and Cancel stay on screen.
    const view = doc.defaultView!;
    const again = () => this.host === host && this.place(req.anchor);
    const sized = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(again) : undefined;
    sized?.observe(mount);
    view.addEventListener('resize', again);
    this.unfollow = () => {
      sized?.disconnect();
      view.removeEventListener('resize', again);
    };
  }

  /** Puts focus back in the note field of the open form. */
  focus(): void {
    this.shadow?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** Closes the form; `restoreFocus` gives focus back to the page. */
  close(restoreFocus = true): void {
    const host = this.host;
    if (!host) return;
    this.unfollow?.();
    this.unfollow = undefined;
    const mount = this.shadow?.querySelector('div');
    if (mount) render(null, mount);
    host.remove();
    this.host = undefined;
    this.shadow = undefined;
    if (!restoreFocus) return;
    const back = this.returnFocus as HTMLElement | null;
    if (back?.isConnected && typeof back.focus === 'function' && back !== this.doc.body) back.focus({ preventScroll: true });
    else (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  destroy(): void {
    this.close(false);
  }

  /** Places the form by the selection (client px), inside the window. */
  private place(anchor: DOMRect | undefined): void {
    const host = this.host!;
    const view = this.doc.defaultView!;
    const { width, height } = host.getBoundingClientRect();
    let top = GAP;
    let left = (view.innerWidth - width) / 2;
    if (anchor) {
      // Below the selection, else above it, else beside it: never over the text being noted.
      left = anchor.left;
      if (anchor.bottom + GAP + height <= view.innerHeight) top = anchor.bottom + GAP;
      else if (anchor.top - GAP - height >= 0) top = anchor.top - GAP - height;
      else {
        top = Math.max(GAP, Math.min(anchor.top, view.innerHeight - height - GAP));
        left = anchor.right + GAP + width <= view.innerWidth ? anchor.right + GAP : anchor.left - GAP - width;
      }
    }
    left = Math.min(Math.max(GAP, left), Math.max(GAP, view.innerWidth - width - GAP));
    // On screen whatever the branch: the form is at most the window's height (its CSS max-height).
    top = Math.min(Math.max(GAP, top), Math.max(GAP, view.innerHeight - height - GAP));
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
