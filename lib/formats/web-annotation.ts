/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) import and export of personal notes.
 * A note's text is a TextualBody (purpose `commenting`, or none), its tags are TextualBodies with
 * purpose `tagging`, its verdict a TextualBody with purpose `assessing`, its links SpecificResource
 * bodies (or bodies with an http(s) `id`). Export wraps notes in an AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/#annotation-collection) with one AnnotationPage.
 */
import * as v from 'valibot';
import type { AnnotationRecord } from '../store/db';
import { safeUrl } from './claimreview';
import { rowIssues, type RowIssue } from './row-report';

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const typeOf = (x: Json): string[] => list(x.type ?? x['@type']).filter((t): t is string => typeof t === 'string');

/** Prefix of the IRIs ClaimLens gives its notes on export; stripped again on import. */
export const NOTE_IRI_PREFIX = 'urn:claimlens:note:';
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** True for an Annotation, an AnnotationPage, an AnnotationCollection, or a list of Annotations. */
export function isWebAnnotationDoc(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length > 0 && doc.every((a) => isObj(a) && typeOf(a).includes('Annotation'));
  if (!isObj(doc)) return false;
  return typeOf(doc).some((t) => t === 'Annotation' || t === 'AnnotationPage' || t === 'AnnotationCollection');
}

/** The annotations of a document: a collection's embedded pages (`first`, then `next` chains), a page's `items`, a list, one annotation. */
export function annotationsIn(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObj(doc)) return [];
  const types = typeOf(doc);
  if (types.includes('Annotation')) return [doc];
  if (types.includes('AnnotationPage')) return list(doc.items);
  const out: unknown[] = list(doc.items);
  let page = doc.first;
  for (let guard = 0; isObj(page) && guard < 10_000; guard++) {
    out.push(...list(page.items));
    page = page.next;
  }
  return out;
}

const Target = v.union(
  [v.string(), v.looseObject({ source: v.string('must be the page URL'), selector: v.optional(v.unknown()) })],
  'must be a URL or an object with a source',
);
const AnnotationSchema = v.looseObject(
  { target: v.union([Target, v.pipe(v.array(Target), v.minLength(1, 'is an empty list'))], 'must be a URL or an object with a source'), body: v.optional(v.unknown()) },
  'must be an object',
);

function time(x: unknown, fallback: number): number {
  const t = typeof x === 'string' ? Date.parse(x) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

/**
 * Validates one Web Annotation and turns it into a ClaimLens note.
 * @param row 1-based row number for the report
 * @param now epoch ms for missing `created`/`modified` and for generated ids
 * @returns the note, or errors (missing target, target not an http(s) page, no text body)
 */
export function noteFromAnnotation(a: unknown, row: number, now: number): { note?: AnnotationRecord; errors: RowIssue[] } {
  const parsed = v.safeParse(AnnotationSchema, a);
  if (!parsed.success) return { errors: rowIssues(parsed.issues, row) };
  const o = parsed.output as Json;
  const t = list(o.target)[0] as string | Json;
  const source = typeof t === 'string' ? t : (t.source as string);
  const url = safeUrl(source);
  if (!url) return { errors: [{ row, field: 'target.source', reason: 'is not an http(s) page address' }] };
  const selector = typeof t === 'string' ? [] : list(t.selector);
  const texts: string[] = [];
  const tags: string[] = [];
  const links: string[] = [];
  let verdict: string | undefined;
  for (const b of list(o.body ?? o.bodyValue)) {
    if (typeof b === 'string') texts.push(b);
    if (!isObj(b)) continue;
    const value = typeof b.value === 'string' ? b.value : undefined;
    const purpose = list(b.purpose)[0];
    if (value !== undefined && purpose === 'tagging') tags.push(value);
    else if (value !== undefined && purpose === 'assessing') verdict = value;
    else if (value !== undefined) texts.push(value);
    else {
      const link = safeUrl(b.id ?? b['@id'] ?? b.source);
      if (link) links.push(link);
    }
  }
  const note = texts.join('\n\n').trim();
  if (!note && !tags.length && !verdict) return { errors: [{ row, field: 'body', reason: 'has no text (a TextualBody value)' }] };
  const rawId = typeof o.id === 'string' ? o.id : typeof o['@id'] === 'string' ? (o['@id'] as string) : undefined;
  const id = rawId?.startsWith(NOTE_IRI_PREFIX) ? rawId.slice(NOTE_IRI_PREFIX.length) : (rawId ?? `note-${now.toString(36)}-${row}`);
  const created = time(o.created, now);
  return { note: { id, url, target: { source: url, selector }, body: { note, verdict, tags, links }, created, modified: time(o.modified, created) }, errors: [] };
}

/** One note as a W3C Web Annotation (JSON-LD object without `@context`). */
export function annotationFromNote(n: AnnotationRecord): Json {
  const body: Json[] = [];
  if (n.body.note) body.push({ type: 'TextualBody', value: n.body.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of n.body.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (n.body.verdict) body.push({ type: 'TextualBody', value: n.body.verdict, purpose: 'assessing' });
  for (const link of n.body.links) body.push({ id: link, type: 'SpecificResource' });
  return {
    id: NOTE_IRI_PREFIX + n.id,
    type: 'Annotation',
    created: new Date(n.created).toISOString(),
    modified: new Date(n.modified).toISOString(),
    body,
    target: { source: n.target.source, selector: n.target.selector },
  };
}

/** Notes as an AnnotationCollection JSON-LD document with a single embedded page. */
export function notesToAnnotationCollection(notes: AnnotationRecord[], label = 'ClaimLens notes'): Json {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(annotationFromNote) },
  };
}
