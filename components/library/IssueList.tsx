import type { RowIssue } from '../../lib/formats/row-report';

/** How many issues are listed before "and N more". */
const SHOWN = 200;

/** A per-row report: row, field, reason. All text is rendered as text. */
export function IssueList({ title, issues, kind }: { title: string; issues: RowIssue[]; kind: 'error' | 'warning' }) {
  if (!issues.length) return null;
  return (
    <details class={`issues ${kind}`} open data-issues={kind}>
      <summary>{title} ({summaryCount(issues)})</summary>
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

/** "3" when each issue is its own row, else "2 rows, 3 problems" (one row can have several). */
function summaryCount(issues: RowIssue[]): string {
  const rows = new Set(issues.map((i) => i.row)).size;
  const n = (k: number, w: string) => `${k.toLocaleString('en')} ${w}${k === 1 ? '' : 's'}`;
  return rows === issues.length ? rows.toLocaleString('en') : `${n(rows, 'row')}, ${n(issues.length, 'problem')}`;
}
