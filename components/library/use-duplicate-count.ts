import { useEffect, useState } from 'preact/hooks';
import { DuplicateCounter, type DuplicateCount } from '../../lib/formats/import-duplicates';
import type { ImportPlan } from '../../lib/formats/import-plan';
import type { AnnotationRecord } from '../../lib/store/db';
import type { Statement } from '../../lib/types';
import { messageOf, type LibraryApi } from './api';
import { forEachPage } from './export-data';

/** Where the duplicate check of an import preview is. */
export type DuplicateCheck = { state: 'checking' } | { state: 'done'; count: DuplicateCount } | { state: 'failed'; error: string };

/**
 * Counts which of a plan's records the library already holds, reading the stored records page by
 * page from the background (the page never opens the database); stops when the preview goes away.
 */
export function useDuplicateCount(api: LibraryApi, plan: ImportPlan): DuplicateCheck {
  const [check, setCheck] = useState<DuplicateCheck>({ state: 'checking' });
  useEffect(() => {
    const ctrl = new AbortController();
    const counter = new DuplicateCounter(plan);
    setCheck({ state: 'checking' });
    (async () => {
      if (plan.statements.length) await forEachPage<Statement>(api, 'statements', (page) => counter.addStatements(page), ctrl.signal);
      if (plan.notes.length) await forEachPage<AnnotationRecord>(api, 'annotations', (page) => counter.addNotes(page), ctrl.signal);
    })().then(
      () => !ctrl.signal.aborted && setCheck({ state: 'done', count: counter.result() }),
      (e: unknown) => !ctrl.signal.aborted && setCheck({ state: 'failed', error: messageOf(e) }),
    );
    return () => ctrl.abort();
  }, [plan]);
  return check;
}
