/**
 * Functions the library e2e tests run inside extension pages. Each is sent to the browser as
 * source text, so it uses only its argument and the page's globals.
 */
import type { PageFunction } from './driver';

/**
 * Drops a file on the import panel, as a user dragging it from the file manager would.
 * `size` (bytes) makes a zero-filled file of that size instead of `text` (for the size limit).
 */
export const dropFile: PageFunction<{ name: string; text: string; type: string; size?: number }, boolean> = ({ name, text, type, size }) => {
  const target = document.querySelector('section.import');
  if (!target) return false;
  const file = size ? new File([new Uint8Array(size)], name, { type }) : new File([text], name, { type });
  const dt = new DataTransfer();
  dt.items.add(file);
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  return true;
};

/** Every record of the extension's database, sorted by id (extension pages share its origin). */
export const readDatabase: PageFunction<null, Record<string, unknown[]>> = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = Array.from(db.objectStoreNames);
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        const req = tx.objectStore(name).getAll();
        req.onsuccess = () => {
          out[name] = req.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  });

/** Clicks the first element matching `selector`; false when there is none. */
export const click: PageFunction<string, boolean> = (selector) => {
  const el = document.querySelector<HTMLElement>(selector);
  el?.click();
  return !!el;
};

/** Sets an input's value as typing would (fires `input`). */
export const typeInto: PageFunction<{ selector: string; value: string }, boolean> = ({ selector, value }) => {
  const el = document.querySelector<HTMLInputElement>(selector);
  if (!el) return false;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

/** Text of the first element matching `selector`, or null. */
export const textOf: PageFunction<string, string | null> = (selector) => (document.querySelector<HTMLElement>(selector)?.innerText ?? null);

/** The import panel's state: its step, the review counts, the error and done messages. */
export const importState: PageFunction<null, { step: string; valid?: number; errors?: number; error?: string; done?: string; text: string } | null> = () => {
  const s = document.querySelector<HTMLElement>('section.import');
  if (!s) return null;
  const review = s.querySelector<HTMLElement>('.review');
  return {
    step: s.dataset.importStep ?? '',
    valid: review ? Number(review.dataset.valid) : undefined,
    errors: review ? Number(review.dataset.errors) : undefined,
    error: s.querySelector<HTMLElement>('[data-import-error]')?.innerText,
    done: s.querySelector<HTMLElement>('[data-import-done]')?.innerText,
    text: s.innerText,
  };
};
