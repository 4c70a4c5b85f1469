import type { RowIssue } from '../../lib/formats/row-report';

/** How many issues are listed before "and N more". */
const SHOWN = 200;

/** A per-row report: row, field, reason. All text is rendered as text. */
export function IssueList({ title, issues, kind }: { title: string; issues: RowIssue[]; kind: 'error' | 'warning' }) {
  if (!issues.length) return null;
  return (
    <details class={`issues ${kind}`} open data-issues={kind}>
      <summary>{title} ({issues.length.toLocaleString('en')})</summary>
      <table>
        <thead>
          <tr><th scope="col">Row</th><th scope="col">Field</th><th scope="col">Problem</th></tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN).map((i, k) => (
            <tr key={k}><td>{i.row}</td><td>{i.field}</td><td>{i.reason}</td></tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN ? <p class="muted">…and {(issues.length - SHOWN).toLocaleString('en')} more.</p> : null}
    </details>
  );
}
