import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanBody, type AnnotationBody } from '../lib/store/annotation-model';
import { VERDICTS } from '../lib/types';
import { VERDICT_INFO } from './verdicts';

/** Props of {@link AnnotationForm}. */
export interface AnnotationFormProps {
  /** The selected text the note is about. */
  quote: string;
  /** The note being edited; absent for a new note. */
  initial?: AnnotationBody;
  /** Stores the note; rejects with a message for the reader (the form stays open). */
  onSave(body: AnnotationBody): Promise<void>;
  onCancel(): void;
}

/** Splits the tags field: commas or line breaks separate tags. */
const splitTags = (s: string) => s.split(/[,\n]/).map((t) => t.trim()).filter(Boolean);
/**
 * Splits the links field: one link per line. A line of several web addresses separated by spaces
 * is several links; any other space inside an address belongs to it and is percent-encoded
 * (`https://example.org/my file.pdf`, as a browser's address bar takes it).
 * @returns the links, in order (not yet checked: `cleanBody` refuses what is not http(s))
 */
export function splitLinks(s: string): string[] {
  return s.split(/\r?\n/).flatMap((line) => {
    const parts = line.trim().split(/\s+/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => /^https?:\/\//i.test(p))) return parts;
    if (!parts.length) return [];
    // not an address: left as typed, so the form's error quotes it as the reader wrote it
    return [/^https?:\/\//i.test(parts[0]!) ? parts.join('%20') : parts.join(' ')];
  });
}

/**
 * The annotate form: note (focused first), verdict on the canonical scale (optional), source links,
 * tags. Ctrl+Enter or Cmd+Enter saves, Esc cancels, Tab moves through the fields and wraps at the
 * ends. Every field has a visible label; errors are announced (role=alert) and say what to fix.
 */
export function AnnotationForm({ quote, initial, onSave, onCancel }: AnnotationFormProps) {
  const [note, setNote] = useState(initial?.note ?? '');
  const [verdict, setVerdict] = useState<string>(initial?.verdict ?? '');
  const [links, setLinks] = useState((initial?.links ?? []).join('\n'));
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    noteRef.current?.focus();
  }, []);

  async function save() {
    if (saving) return;
    let body: AnnotationBody;
    try {
      body = cleanBody({ note, verdict: verdict || undefined, links: splitLinks(links), tags: splitTags(tags) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (!body.note && !body.verdict && !body.links.length && !body.tags.length) {
      setError('Write a note, or choose a verdict, before saving.');
      noteRef.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(body);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      setSaving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Tab') {
      wrapFocus(e, formRef.current);
    }
  }

  return (
    // English, left to right, on any page (as the card); what the reader types takes its own direction
    <form
      class="cl-form"
      dir="ltr"
      ref={formRef}
      aria-label={initial ? 'Edit your ClaimLens note' : 'Annotate with ClaimLens'}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p class="cl-form-title">{initial ? 'Edit note' : 'New note'}</p>
      <blockquote class="cl-quote" dir="auto" title={quote}>“{quote.length > 280 ? `${quote.slice(0, 280)}…` : quote}”</blockquote>
      <label for="cl-note">Note</label>
      <textarea id="cl-note" dir="auto" ref={noteRef} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for="cl-verdict">Verdict (optional)</label>
      <select id="cl-verdict" value={verdict} onChange={(e) => setVerdict(e.currentTarget.value)}>
        <option value="">No verdict</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>{VERDICT_INFO[v].label}</option>
        ))}
      </select>
      <label for="cl-links">Source links (one per line, http or https)</label>
      <textarea id="cl-links" rows={2} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      <label for="cl-tags">Tags (separated by commas)</label>
      <input id="cl-tags" type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      {error ? <p class="cl-error" role="alert">{error}</p> : null}
      <div class="cl-form-actions">
        <button type="submit" class="cl-btn cl-primary" disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" class="cl-btn" onClick={onCancel} aria-keyshortcuts="Escape">
          Cancel
        </button>
        <span class="cl-hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}

/** Keeps Tab inside the form: from the last control to the first and back. */
function wrapFocus(e: KeyboardEvent, form: HTMLFormElement | null): void {
  if (!form) return;
  const controls = Array.from(form.querySelectorAll<HTMLElement>('textarea, select, input, button:not([disabled])'));
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (form.getRootNode() as Document | ShadowRoot).activeElement;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first?.focus();
  }
}
