import { render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import type { NoteCardActions } from '../../components/ClaimCardNote';
import cardCss from '../../components/card.css?inline';
import type { StatementView } from '../../lib/messages';
import { adoptCss } from '../../lib/page/adopt-css';
import { placeCard } from './card-place';

/** The key that moves keyboard focus into an open card: Alt+Shift+C, by physical key (layouts, macOS Option). */
export function isCardKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyC';
}

/** Shown on a card opened without the pointer: how to reach its links and leave it. */
export const KEY_HINT = 'Alt+Shift+C: into this card · Esc: close';


/**
 * The hover card, in a closed shadow root on `<claimlens-card>` so the page's CSS and scripts can't
 * reach it. The host carries `data-statement-id` and `data-verdict` while a card is shown.
 */
export class CardHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private shownId: string | undefined;
  /** The shown card was opened from the keyboard. */
  private byKeyboard = false;
  /** Where the focus was before it moved into the card: it goes back there when the card closes. */
  private returnTo: HTMLElement | null = null;
  /** True while {@link hide} puts the focus back (its focusin must not open the card again). */
  returningFocus = false;
  /**
   * The card offers something the reader may still want (a deleted note's Undo): the pointer
   * leaving or crossing other claims does not hide or replace it; Esc, × and {@link hide} still do.
   */
  held = false;
  /** How many times a card was shown: a timer set before the last show knows it is out of date. */
  showCount = 0;
  /** For a personal note's card: its Edit/Delete actions and whether it was matched in other words; set by annotate-layer.ts. */
  noteCard?: (statement: StatementView, focus: boolean) => { actions?: NoteCardActions; matched: boolean };

  constructor(private readonly doc: Document) {
    // A card left by an instance that an extension update or reload orphaned (hard case 26).
    for (const old of doc.querySelectorAll('claimlens-card')) old.remove();
    this.host = doc.createElement('claimlens-card');
    this.host.setAttribute('data-claimlens', 'card');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    adoptCss(doc.defaultView!, shadow, cardCss); // CSP-proof (hard case 22)
    this.mount = doc.createElement('div');
    shadow.appendChild(this.mount);
    const s = this.host.style;
    s.position = 'fixed';
    s.zIndex = '2147483647';
    s.top = '0';
    s.left = '0';
    this.setVisible(false);
  }

  private setVisible(on: boolean): void {
    this.host.hidden = !on;
    this.host.style.display = on ? 'block' : 'none';
  }

  /** Id of the statement the visible card shows, undefined while hidden. */
  get statementId(): string | undefined {
    return this.host.hidden ? undefined : (this.host.getAttribute('data-statement-id') ?? undefined);
  }

  /** The visible card's box (client px), undefined while hidden. */
  box(): DOMRect | undefined {
    return this.host.hidden ? undefined : this.host.getBoundingClientRect();
  }

  /** True when the point (client px) is over the visible card. */
  contains(x: number, y: number): boolean {
    if (this.host.hidden) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** The keyboard focus is inside the visible card now (Alt+Shift+C, a note card opened from the keyboard). */
  holdsFocus(): boolean {
    return !this.host.hidden && this.doc.activeElement === this.host;
  }

  /**
   * True when the keyboard is in the card (its shadow root's focus shows as the host), or the
   * keyboard opened it and the focus has not gone elsewhere yet (it moves in after the render).
   */
  hasFocus(): boolean {
    if (this.host.hidden) return false;
    const active = this.doc.activeElement;
    return active === this.host || (this.byKeyboard && (active === null || active === this.doc.body));
  }

  /**
   * Shows the card for a statement next to an anchor rectangle (client px), clear of the sentence.
   * @param anchor the line the card is opened from (client px)
   * @param options.focus move keyboard focus into the card (opened from the keyboard)
   * @param options.sentence the box around the whole sentence (client px): the card does not cover it when it can
   * @param options.hint show {@link KEY_HINT} (opened by keyboard focus or from the popup, not by the pointer)
   */
  show(statement: StatementView, anchor: DOMRect, options: { focus?: boolean; sentence?: DOMRect; hint?: boolean } = {}): void {
    const { focus = false, sentence = anchor, hint = false } = options;
    this.showCount++;
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    // A card is drawn again when what it shows changed (a note's `modified`; a statement edited in
    // the library keeps its id), when opened by keyboard, or when the hint comes or goes.
    const key = `${statement.note ? `${statement.id}@${statement.note.modified}` : JSON.stringify(statement)}${hint ? '+hint' : ''}`;
    if (focus) this.byKeyboard = true;
    else if (this.shownId !== key) this.byKeyboard = false;
    if (this.shownId !== key || focus) {
      const note = statement.note ? this.noteCard?.(statement, focus) : undefined;
      render(null, this.mount); // a fresh card: no Undo state carried over from another note
      render(<ClaimCard statement={statement} onClose={() => this.hide()} noteActions={note?.actions} matched={note?.matched} hint={hint ? KEY_HINT : undefined} />, this.mount);
      this.shownId = key;
    }
    this.host.setAttribute('data-statement-id', statement.id);
    this.host.setAttribute('data-verdict', statement.verdict);
    this.setVisible(true);
    const view = this.doc.defaultView!;
    const { width, height } = this.host.getBoundingClientRect();
    const { left, top } = placeCard(anchor, sentence, { width, height }, { width: view.innerWidth, height: view.innerHeight });
    this.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /**
   * Moves keyboard focus into the shown card (its dialog; Tab then reaches the links and buttons),
   * remembering where the focus was: {@link hide} puts it back.
   * @returns false when no card is shown
   */
  enter(): boolean {
    const dialog = this.mount.querySelector<HTMLElement>('[role=dialog]');
    if (this.host.hidden || !dialog) return false;
    const active = this.doc.activeElement;
    if (active !== this.host) this.returnTo = active instanceof HTMLElement && active !== this.doc.body ? active : null;
    dialog.tabIndex = -1;
    dialog.focus();
    this.byKeyboard = true;
    return true;
  }

  /** Hides the card; when the keyboard was in it, the focus goes back to where it came from. */
  hide(): void {
    this.held = false;
    const inside = this.doc.activeElement === this.host;
    this.byKeyboard = false;
    this.setVisible(false);
    this.host.removeAttribute('data-statement-id');
    this.host.removeAttribute('data-verdict');
    const back = this.returnTo;
    this.returnTo = null;
    if (!inside || !back?.isConnected) return;
    this.returningFocus = true;
    try {
      back.focus({ preventScroll: true });
    } finally {
      this.returningFocus = false;
    }
  }

  destroy(): void {
    render(null, this.mount);
    this.host.remove();
  }
}
