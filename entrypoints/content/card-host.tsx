import { render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import type { NoteCardActions } from '../../components/ClaimCardNote';
import cardCss from '../../components/card.css?inline';
import type { StatementView } from '../../lib/messages';
import { adoptCss } from '../../lib/page/adopt-css';
import { placeCard } from './card-place';


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

  /** True when the point (client px) is over the visible card. */
  contains(x: number, y: number): boolean {
    if (this.host.hidden) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
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
   * @param focus move keyboard focus into the card (opened from the keyboard)
   * @param sentence the box around the whole sentence (client px): the card does not cover it when it can
   */
  show(statement: StatementView, anchor: DOMRect, focus = false, sentence: DOMRect = anchor): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    // A card is drawn again when what it shows changed (a note's `modified`; a statement edited in
    // the library keeps its id) or when opened by keyboard.
    const key = statement.note ? `${statement.id}@${statement.note.modified}` : JSON.stringify(statement);
    if (focus) this.byKeyboard = true;
    else if (this.shownId !== key) this.byKeyboard = false;
    if (this.shownId !== key || focus) {
      const note = statement.note ? this.noteCard?.(statement, focus) : undefined;
      render(null, this.mount); // a fresh card: no Undo state carried over from another note
      render(<ClaimCard statement={statement} onClose={() => this.hide()} noteActions={note?.actions} matched={note?.matched} />, this.mount);
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

  hide(): void {
    this.byKeyboard = false;
    this.setVisible(false);
    this.host.removeAttribute('data-statement-id');
    this.host.removeAttribute('data-verdict');
  }

  destroy(): void {
    render(null, this.mount);
    this.host.remove();
  }
}
