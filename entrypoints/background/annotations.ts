import type { MessageType, PageNote, Request, Response } from '../../lib/messages';
import { contentMayTarget, NOTES_REVISION_KEY } from '../../lib/messages';
import { StatementIndex } from '../../lib/match/statement-index';
import {
  allAnnotations, annotationsForUrl, createAnnotation, deleteAnnotation, getAnnotation, restoreAnnotation, updateAnnotation,
  type AnnotationRecord,
} from '../../lib/store/annotations';
import { noteCardView, statementFromAnnotation } from '../../lib/store/note-statement';
import type { Statement } from '../../lib/types';
import { browser } from 'wxt/browser';
import type { HandlerContext } from './handlers';
import { db } from './statements';
import { serial } from './tab-serial';

/** Sentences per matchNotes request (as for match). */
const MAX_SENTENCES = 2000;

type Handler<K extends MessageType> = (data: Request<K>, ctx: HandlerContext) => Promise<Response<K>>;

interface PersonalIndex {
  index: StatementIndex;
  byId: Map<string, { statement: Statement; record: AnnotationRecord }>;
}

/** Statements of personal notes, indexed apart from fact-checks so a note never hides a fact-check's match (hard case 18). */
let personal: Promise<PersonalIndex> | undefined;

function personalIndex(): Promise<PersonalIndex> {
  personal ??= (async () => {
    const byId = new Map<string, { statement: Statement; record: AnnotationRecord }>();
    for (const record of await allAnnotations(await db())) {
      const statement = statementFromAnnotation(record);
      if (statement) byId.set(statement.id, { statement, record });
    }
    return { index: new StatementIndex([...byId.values()].map((v) => v.statement)), byId };
  })().catch((e: unknown) => {
    personal = undefined;
    throw e;
  });
  return personal;
}

const noteListeners: Array<() => void> = [];

/** Calls `fn` after every note written here (the library search caches notes too). */
export function onNotesChanged(fn: () => void): void {
  noteListeners.push(fn);
}

/** After a note write anywhere (here or the library page): caches over notes are rebuilt on next use. */
export function notesChanged(): void {
  personal = undefined;
  for (const fn of noteListeners) fn();
  // Open pages follow (the writer's own tab too: it then shows what was stored).
  browser.storage.local.set({ [NOTES_REVISION_KEY]: Date.now() }).catch(() => undefined);
}

/** Refuses a content script that asks about another site's notes. */
function guard(ctx: HandlerContext, url: string): void {
  if (ctx.fromContent && !contentMayTarget(ctx.senderUrl, url)) {
    throw new Error('A page may only read and change the notes of its own site.');
  }
}

/** Guards an existing note by its stored URL. */
async function guardId(ctx: HandlerContext, id: string): Promise<AnnotationRecord | undefined> {
  const record = await getAnnotation(await db(), String(id));
  if (record) guard(ctx, record.url);
  return record;
}

const notesKey = (tabId: number) => `notes:${tabId}`;

/** A tab's notes as stored: per frame (runtime.MessageSender `frameId`, 0 the top frame), as each last reported. */
interface StoredTabNotes {
  frames: Record<string, { url: string; notes: PageNote[] }>;
}

async function readTabNotes(tabId: number): Promise<StoredTabNotes | undefined> {
  const got = (await browser.storage.session.get(notesKey(tabId)))[notesKey(tabId)] as StoredTabNotes | undefined;
  return got?.frames ? got : undefined;
}

/** Forgets the note list of a closed tab, or of a tab's page before the next one reports. */
export function dropTabNotes(tabId: number): Promise<void> {
  return serial(tabId, () => browser.storage.session.remove(notesKey(tabId)));
}

/** Background handlers for personal notes (registered in handlers.ts). */
export const annotationHandlers: { [K in MessageType]?: Handler<K> } = {
  async annotationsForPage({ url }, ctx) {
    guard(ctx, url);
    const d = await db();
    const [annotations, total] = await Promise.all([annotationsForUrl(d, url), d.count('annotations')]);
    return { annotations, total };
  },
  async saveAnnotation(input, ctx) {
    guard(ctx, String(input?.url));
    const annotation = await createAnnotation(await db(), input);
    notesChanged();
    return { annotation };
  },
  async updateAnnotation({ id, body, selectors, expectedModified }, ctx) {
    if (!(await guardId(ctx, id))) throw new Error('This note was deleted (perhaps in another tab).');
    const annotation = await updateAnnotation(await db(), id, { body, selectors }, expectedModified);
    notesChanged();
    return { annotation };
  },
  async deleteAnnotation({ id }, ctx) {
    await guardId(ctx, id);
    const annotation = (await deleteAnnotation(await db(), String(id))) ?? null;
    notesChanged();
    return { annotation };
  },
  async restoreAnnotation({ annotation: raw }, ctx) {
    guard(ctx, String((raw as AnnotationRecord | undefined)?.url));
    const annotation = await restoreAnnotation(await db(), raw);
    notesChanged();
    return { annotation };
  },
  async matchNotes({ url, sentences }, ctx) {
    guard(ctx, url);
    if (!Array.isArray(sentences) || sentences.length > MAX_SENTENCES) {
      throw new Error(`matchNotes takes at most ${MAX_SENTENCES} sentences per request`);
    }
    const { index, byId } = await personalIndex();
    const matches: Response<'matchNotes'>['matches'] = [];
    if (index.size === 0) return { matches };
    for (const { key, text } of sentences) {
      if (typeof text !== 'string' || text.length > 5000) continue;
      const m = index.match(text);
      const hit = m && byId.get(m.statementId);
      if (m && hit) matches.push({ key, statement: noteCardView(hit.record), score: m.score });
    }
    return { matches };
  },
  async reportNotes({ url, notes }, ctx) {
    if (ctx.tabId === undefined) throw new Error('reportNotes needs a tab');
    guard(ctx, url);
    if (!Array.isArray(notes)) throw new Error('reportNotes needs a list of notes');
    const tabId = ctx.tabId;
    const frameId = ctx.frameId ?? 0;
    // A frame's report replaces its last one; a frame without notes drops out (the top frame stays: its URL is the page's).
    await serial(tabId, async () => {
      const frames = { ...(await readTabNotes(tabId))?.frames };
      if (notes.length || frameId === 0) frames[frameId] = { url, notes };
      else delete frames[frameId];
      await browser.storage.session.set({ [notesKey(tabId)]: { frames } satisfies StoredTabNotes });
    });
    return { count: notes.length };
  },
  async tabNotes({ tabId }) {
    const got = await readTabNotes(tabId);
    if (!got) return { url: null, notes: [] };
    // the top frame's notes first, then each frame's (by frame id), each carrying its frame
    const frameIds = Object.keys(got.frames).map(Number).sort((a, b) => a - b);
    const notes = frameIds.flatMap((frameId) => got.frames[frameId]!.notes.map((n) => (frameId === 0 ? n : { ...n, frameId })));
    return { url: got.frames[0]?.url ?? null, notes };
  },
};
