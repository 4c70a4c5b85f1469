import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { ANNOTATION_CONTEXT, cleanBody, cleanSelectors } from './annotation-model';
import type { ClaimLensDB } from './db';

/** The upgrade transaction idb hands to `upgrade`. */
export type UpgradeTx = IDBPTransaction<ClaimLensDB, StoreNames<ClaimLensDB>[], 'versionchange'>;

/**
 * One schema step. `up` runs inside the `versionchange` transaction and may only await IndexedDB
 * requests of `tx` (any other await lets the transaction commit early). Steps never change once
 * released: a later change is a new step, so any stored version upgrades by running the steps after it.
 */
export interface Migration {
  version: number;
  description: string;
  up(db: IDBPDatabase<ClaimLensDB>, tx: UpgradeTx): void | Promise<void>;
}

/** Every schema step, in order. The last one's version is the current schema version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'statements (by origin, pack), annotations (by url), packs',
    up(db) {
      const statements = db.createObjectStore('statements', { keyPath: 'id' });
      statements.createIndex('origin', 'origin');
      statements.createIndex('packId', 'packId');
      const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('url', 'url');
      db.createObjectStore('packs', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    description: 'annotations become W3C Web Annotations: @context and type, ISO 8601 created/modified, checked selectors and body',
    async up(_db, tx) {
      const store = tx.objectStore('annotations');
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(annotationFromV1(cursor.value as unknown as Record<string, unknown>) as never);
      }
    },
  },
  {
    version: 3,
    description: 'trash: what a pack delete removed, kept for its Undo (keys start with the removal time)',
    up(db) {
      db.createObjectStore('trash', { keyPath: 'id' });
    },
  },
];

/** The current schema version. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Runs the steps after `oldVersion`, in order (idb's `upgrade` callback).
 * @param oldVersion the stored version, 0 for a new database
 * @throws whatever a step throws; IndexedDB then aborts the upgrade and the stored data stays at `oldVersion`
 */
export async function migrate(db: IDBPDatabase<ClaimLensDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (const step of MIGRATIONS) if (step.version > oldVersion) await step.up(db, tx);
}

/**
 * A schema-1 annotation record (`{ id, url, target: { source, selector }, body: { note, verdict?,
 * tags, links }, created: epoch ms, modified: epoch ms }`) in the schema-2 shape. Nothing the reader
 * wrote is dropped: a verdict off the canonical scale or a non-web link is moved into the note text,
 * and a missing quote leaves an empty one (the note then shows as an orphan, never deleted).
 */
export function annotationFromV1(v1: Record<string, unknown>): Record<string, unknown> {
  const target = (v1.target ?? {}) as { source?: unknown; selector?: unknown };
  const url = typeof v1.url === 'string' ? v1.url : String(target.source ?? '');
  const body = (v1.body ?? {}) as Record<string, unknown>;
  const created = toIso(v1.created);
  let selector: unknown;
  try {
    selector = cleanSelectors(target.selector);
  } catch {
    selector = [
      { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 0 },
    ];
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: v1.id,
    url,
    target: { source: url, selector },
    body: bodyFromV1(body),
    created,
    modified: v1.modified === undefined ? created : toIso(v1.modified),
  };
}

function bodyFromV1(body: Record<string, unknown>): unknown {
  try {
    return cleanBody(body);
  } catch {
    // Keep every word: fields the new schema refuses go into the note as text.
    const asText = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
    const kept = [String(body.note ?? ''), body.verdict ? `Verdict: ${String(body.verdict)}` : '', ...asText(body.links)];
    const tags = asText(body.tags).map((t) => t.slice(0, 50)).slice(0, 20);
    return { note: kept.filter(Boolean).join('\n'), tags, links: [] };
  }
}

function toIso(v: unknown): string {
  const d = typeof v === 'number' || typeof v === 'string' ? new Date(v) : new Date(0);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}
