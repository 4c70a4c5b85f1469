import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvMapping, type CsvTable } from '../../lib/formats/csv';

/** The CSV column mapping step: which column fills which field; claim and rating are required. */
export function CsvMappingStep({ table, mapping, onChange, onConfirm, onCancel }: {
  table: CsvTable;
  mapping: CsvMapping;
  onChange: (m: CsvMapping) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ready = !!mapping.claim && !!mapping.rating;
  const delimiter = table.delimiter === '\t' ? 'tab' : `“${table.delimiter}”`;
  return (
    <form class="mapping" aria-label="CSV columns" onSubmit={(e) => { e.preventDefault(); if (ready) onConfirm(); }}>
      <p>
        {table.records.length.toLocaleString('en')} {table.records.length === 1 ? 'row' : 'rows'}, {table.headers.length} {table.headers.length === 1 ? 'column' : 'columns'} separated by {delimiter}. Choose which
        column holds each field. The claim and the rating are required.
      </p>
      <div class="mapping-grid">
        {CSV_FIELDS.map((f) => (
          <label key={f}>
            <span>{CSV_FIELD_LABELS[f]}{f === 'claim' || f === 'rating' ? ' *' : ''}</span>
            <select name={`map-${f}`} value={mapping[f] ?? ''} onChange={(e) => onChange({ ...mapping, [f]: e.currentTarget.value || undefined })}>
              <option value="">(not imported)</option>
              {table.headers.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </label>
        ))}
      </div>
      <div class="preview-wrap">
        <table class="preview">
          <caption>First rows</caption>
          <thead><tr>{table.headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {table.records.slice(0, 3).map((r, i) => (
              <tr key={i}>{table.headers.map((h) => <td key={h}>{r[h]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {!ready ? <p class="error" role="status">Choose the columns for the claim and the rating.</p> : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={!ready}>Check the rows</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
