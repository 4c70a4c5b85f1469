import { useEffect, useRef, useState } from 'preact/hooks';
import type { Response } from '../../lib/messages';
import type { LibraryFilter, LibraryRow } from '../../lib/store/library-query';
import { messageOf, type LibraryApi } from './api';

/** Rows fetched per request. */
export const BLOCK = 100;

type Meta = Omit<Response<'libraryQuery'>, 'rows'>;

/**
 * The library list for a filter, fetched from the background block by block as the visible range
 * moves. `version` refetches after a change to the database.
 */
export function useLibraryRows(api: LibraryApi, filter: LibraryFilter, version: number) {
  const [meta, setMeta] = useState<Meta | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const blocks = useRef(new Map<number, LibraryRow[] | 'loading'>());
  const generation = useRef(0);

  function load(block: number) {
    if (blocks.current.has(block)) return;
    blocks.current.set(block, 'loading');
    const gen = generation.current;
    api
      .send('libraryQuery', { filter, offset: block * BLOCK, limit: BLOCK })
      .then(({ rows, ...m }) => {
        if (gen !== generation.current) return;
        blocks.current.set(block, rows);
        setMeta(m);
        setError(null);
        setTick((t) => t + 1);
      })
      .catch((e: unknown) => {
        if (gen !== generation.current) return;
        blocks.current.delete(block);
        setError(messageOf(e));
      });
  }

  const key = JSON.stringify(filter);
  useEffect(() => {
    generation.current++;
    blocks.current = new Map();
    load(0);
  }, [key, version]);

  return {
    meta,
    error,
    /** The row at `index`, or undefined while its block loads. */
    row(index: number): LibraryRow | undefined {
      const b = blocks.current.get(Math.floor(index / BLOCK));
      return Array.isArray(b) ? b[index % BLOCK] : undefined;
    },
    /** Makes sure the rows `start..end` are (being) fetched. */
    ensure(start: number, end: number) {
      for (let b = Math.floor(start / BLOCK); b <= Math.floor(Math.max(start, end) / BLOCK); b++) load(b);
    },
  };
}
