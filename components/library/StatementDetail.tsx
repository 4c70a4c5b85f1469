import { useState } from 'preact/hooks';
import { mapVerdict } from '../../lib/formats/verdict-labels';
import type { LibraryRow } from '../../lib/store/library-query';
import { VERDICTS, type Statement, type Verdict } from '../../lib/types';
import { VerdictBadge } from '../VerdictBadge';
import { VERDICT_INFO } from '../verdicts';
import { safeUrl as safeHref } from '../../lib/formats/claimreview';
import { messageOf } from './api';

/** A link when the URL is http(s); otherwise the text, never clickable. */
function SourceLink({ url }: { url?: string }) {
  const href = safeHref(url);
  if (!url) return <span class="muted">none</span>;
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{url}</a> : <span>{url}</span>;
}

/** The selected row in full, with edit and delete. */
export function StatementDetail({
  row,
  packName,
  onSave,
  onDelete,
  onClose,
}: {
  row: LibraryRow;
  packName?: string;
  onSave: (s: Statement) => Promise<void>;
  onDelete: () => void;
  onClose: () => void;
}) {
  const [editing, setEditing] = useState(false);
  if (row.kind === 'note') {
    const n = row.note;
    return (
      <aside class="detail" aria-label="Note">
        <h2>My note</h2>
        <p class="pre">{n.body.note}</p>
        <dl>
          <dt>On the text</dt><dd>{n.target.selector[0].exact ? `“${n.target.selector[0].exact}”` : '— (no quoted text)'}</dd>
          <dt>Page</dt><dd><SourceLink url={n.url} /></dd>
          {n.body.verdict ? (<><dt>Verdict</dt><dd><VerdictBadge verdict={n.body.verdict} /></dd></>) : null}
          <dt>Tags</dt><dd>{n.body.tags.join(', ') || '—'}</dd>
          <dt>Links</dt><dd>{n.body.links.length ? n.body.links.map((l) => <div key={l}><SourceLink url={l} /></div>) : '—'}</dd>
          <dt>Written</dt><dd>{new Date(n.created).toLocaleString()}</dd>
        </dl>
        <div class="actions">
          <button type="button" class="danger" onClick={onDelete}>Delete</button>
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </aside>
    );
  }
  const s = row.statement;
  if (editing) return <EditForm statement={s} onCancel={() => setEditing(false)} onSave={async (next) => { await onSave(next); setEditing(false); }} />;
  return (
    <aside class="detail" aria-label="Statement">
      <h2><VerdictBadge verdict={s.verdict} label={s.verdictLabel} /></h2>
      <p class="claim-text">{s.text}</p>
      {s.summary ? <p class="pre summary">{s.summary}</p> : null}
      <dl>
        <dt>Claimant</dt><dd>{s.claimant ?? '—'}{s.claimDate ? `, ${s.claimDate}` : ''}</dd>
        <dt>Reviewer</dt><dd>{s.reviewer}{s.reviewDate ? `, ${s.reviewDate}` : ''}</dd>
        <dt>Source</dt><dd><SourceLink url={s.reviewUrl} /></dd>
        <dt>Origin</dt><dd>{s.origin}{packName ? ` · ${packName}` : ''}</dd>
        <dt>Tags</dt><dd>{s.tags.join(', ') || '—'}</dd>
        <dt>Language</dt><dd>{s.language}</dd>
      </dl>
      <div class="actions">
        <button type="button" onClick={() => setEditing(true)}>Edit</button>
        <button type="button" class="danger" onClick={onDelete}>Delete</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </aside>
  );
}

function EditForm({ statement, onSave, onCancel }: { statement: Statement; onSave: (s: Statement) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState({ ...statement, tagsText: statement.tags.join(', ') });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  async function submit(e: Event) {
    e.preventDefault();
    const { tagsText, ...rest } = draft;
    const text = rest.text.trim();
    if (!text) return setError('The claim text cannot be empty.');
    if (rest.reviewUrl && !safeHref(rest.reviewUrl)) return setError('The source must be an http(s) address, or empty.');
    const next: Statement = {
      ...rest,
      text,
      reviewUrl: rest.reviewUrl?.trim() || undefined,
      tags: tagsText.split(',').map((t) => t.trim()).filter(Boolean),
      updatedAt: Date.now(),
    };
    try {
      await onSave(next);
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <form class="detail edit" aria-label="Edit statement" onSubmit={(e) => void submit(e)}>
      <h2>Edit statement</h2>
      <label><span>Claim</span><textarea name="text" rows={3} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} /></label>
      <label>
        <span>Verdict</span>
        <select name="verdict" value={draft.verdict} onChange={(e) => {
          const verdict = e.currentTarget.value as Verdict;
          // A reviewer's label that says another verdict would contradict the badge ("False · Accurate").
          const said = mapVerdict(draft.verdictLabel);
          set(said.known === 'label' && said.verdict !== verdict ? { verdict, verdictLabel: VERDICT_INFO[verdict].label } : { verdict });
        }}>
          {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_INFO[v].label}</option>)}
        </select>
      </label>
      <label>
        <span>Reviewer's label</span>
        <input name="verdictLabel" value={draft.verdictLabel} onInput={(e) => {
          const label = e.currentTarget.value;
          const m = mapVerdict(label);
          set(m.known === 'label' ? { verdictLabel: label, verdict: m.verdict } : { verdictLabel: label });
        }} />
      </label>
      <label><span>Summary</span><textarea name="summary" rows={4} value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} /></label>
      <label><span>Claimant</span><input name="claimant" value={draft.claimant ?? ''} onInput={(e) => set({ claimant: e.currentTarget.value || undefined })} /></label>
      <label><span>Reviewer</span><input name="reviewer" value={draft.reviewer} onInput={(e) => set({ reviewer: e.currentTarget.value })} /></label>
      <label><span>Source URL</span><input name="reviewUrl" type="url" value={draft.reviewUrl ?? ''} onInput={(e) => set({ reviewUrl: e.currentTarget.value })} /></label>
      <label><span>Tags (comma-separated)</span><input name="tags" value={draft.tagsText} onInput={(e) => set({ tagsText: e.currentTarget.value })} /></label>
      {error ? <p role="alert" class="error">{error}</p> : null}
      <div class="actions">
        <button type="submit" class="primary">Save</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
