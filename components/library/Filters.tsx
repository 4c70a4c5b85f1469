import type { Pack } from '../../lib/store/db';
import type { LibraryFilter } from '../../lib/store/library-query';
import { VERDICTS } from '../../lib/types';
import { VERDICT_INFO } from '../verdicts';

/** Search box and filters of the library list. */
export function Filters({ filter, onChange, packs, tags }: { filter: LibraryFilter; onChange: (f: LibraryFilter) => void; packs: Pack[]; tags: string[] }) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch });
  const active = !!(filter.query || filter.verdict || filter.source || filter.tag || filter.from || filter.to);
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        <span>Search</span>
        <input type="search" name="q" placeholder="Words in the claim, summary, claimant, reviewer…" value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label>
        <span>Verdict</span>
        <select name="verdict" value={filter.verdict ?? ''} onChange={(e) => set({ verdict: e.currentTarget.value as LibraryFilter['verdict'] })}>
          <option value="">Any</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>{VERDICT_INFO[v].label}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Origin or pack</span>
        <select name="source" value={filter.source ?? ''} onChange={(e) => set({ source: e.currentTarget.value })}>
          <option value="">All</option>
          <option value="origin:personal">My statements</option>
          <option value="notes">My notes</option>
          <option value="origin:captured">Saved from pages</option>
          <option value="origin:import">All imports</option>
          {packs.map((p) => (
            <option key={p.id} value={`pack:${p.id}`}>Pack: {p.name} ({p.count.toLocaleString('en')})</option>
          ))}
        </select>
      </label>
      <label>
        <span>Tag</span>
        <select name="tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" name="from" value={filter.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
      {active ? (
        <button type="button" class="link" onClick={() => onChange({ query: '' })}>Clear filters</button>
      ) : null}
    </form>
  );
}
