/** Functions run inside the page (sent as source text: self-contained) for the annotation suites. */
import type { PageFunction } from './driver';

/** Selects the first occurrence of `text` inside one text node of the page; false when none holds it. */
export const selectText: PageFunction<{ text: string; collapsed: boolean }, boolean> = ({ text, collapsed }) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, collapsed ? at + Math.floor(text.length / 2) : at);
    range.setEnd(n, collapsed ? at + Math.floor(text.length / 2) : at + text.length);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
};

/** Texts of the ranges in the `claimlens-note` highlight. */
export const noteTexts: PageFunction<null, string[]> = () => {
  const h = CSS.highlights.get('claimlens-note');
  return h ? Array.from(h as unknown as Iterable<AbstractRange>).map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString().replace(/\s+/g, ' ');
  }) : [];
};

/** Whether the annotate form is open, and where keyboard focus is (`page` when not in ClaimLens's UI). */
export const formState: PageFunction<null, { open: boolean; focus: string }> = () => {
  const active = document.activeElement;
  const focus = active && active.localName.startsWith('claimlens-') ? active.localName : 'page';
  return { open: !!document.querySelector('claimlens-annotate'), focus };
};

/** Waits for nothing: true once the note layer has finished its first pass. */
export const notesReady: PageFunction<null, boolean> = () => document.documentElement.dataset.claimlensNotes === 'ready';

/** The popup's note items, once it shows any. */
export const readPopupNotes: PageFunction<null, Array<{ id: string; state: string; text: string }> | null> = () => {
  const items = Array.from(document.querySelectorAll<HTMLElement>('[data-claimlens-popup] li[data-annotation-id]'));
  return items.length ? items.map((li) => ({ id: li.dataset.annotationId ?? '', state: li.dataset.state ?? 'orphan', text: li.innerText })) : null;
};
