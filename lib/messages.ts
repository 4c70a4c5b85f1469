import { sameSite } from './anchor/target-url';
import type { RowIssue } from './formats/row-report';
import type { AnnotationRecord, NewAnnotation } from './store/annotations';
import type { BackupStore } from './store/backup';
import type { Pack } from './store/db';
import type { DeletedPack } from './store/packs';
import type { TrashOffer } from './store/trash';
import type { LibraryFilter, LibraryRow } from './store/library-query';
import type { ImportResult, Removed } from './store/statements';
import type { Statement, Verdict } from './types';

/** What the hover card and the popup show of a matched statement. `note`: set for a personal note's statement. */
export type StatementView = Pick<
  Statement,
  'id' | 'text' | 'claimant' | 'claimDate' | 'verdict' | 'verdictLabel' | 'summary' | 'reviewer' | 'reviewUrl' | 'reviewDate' | 'origin'
> & { notes: string[]; note?: NoteView };

/** A personal note as the hover card shows it. */
export interface NoteView {
  annotationId: string;
  note: string;
  /** Absent when the reader gave no verdict. */
  verdict?: Verdict;
  tags: string[];
  /** http(s) only. */
  links: string[];
  /** The text the note was made on. */
  quote: string;
  /** Canonical URL of the page the note was made on. */
  url: string;
  /** ISO 8601; an edit starts from this version. */
  modified: string;
}

/** One note on a page, as the popup lists it. */
export interface PageNote {
  annotationId: string;
  quote: string;
  note: string;
  verdict?: Verdict;
  /** `anchored`: found where it was made; `matched`: its claim found in other words; `orphan`: not found. */
  state: 'anchored' | 'matched' | 'orphan';
  /** For `matched`: the sentence of this page that states the noted claim. */
  sentence?: string;
  /** The frame that shows it (runtime.MessageSender `frameId`); absent for the top frame. */
  frameId?: number;
}

/** A sentence the content script asks about; `key` is the content script's own handle for it. */
export interface SentenceQuery {
  key: string;
  text: string;
}

/** A matched claim on a page, as the popup lists it. */
export interface PageClaim {
  /** Index of the painted sentence in the page's painting order; `reveal` takes it back. */
  index: number;
  sentence: string;
  statement: StatementView;
  /** Matcher coverage score, 0..1. */
  score: number;
  /** The frame that painted it (runtime.MessageSender `frameId`); absent for the top frame. */
  frameId?: number;
}

/** Claims a page reports for the popup list, at most (the badge still counts them all). */
export const MAX_REPORTED_CLAIMS = 1000;

/** Per-site switch and where the content script may run. */
export interface SiteState {
  host: string;
  /** The content script may run there (built-in site, or permission granted by the user). */
  permitted: boolean;
  /** The user has not switched ClaimLens off for this site. */
  enabled: boolean;
}

/**
 * Every runtime message: its request and response. Content scripts and extension pages send these
 * to the background; `reveal` goes from the popup to a tab's content script.
 */
export interface Protocol {
  /** Content script: which statements do these sentences state? Only new sentences are sent. */
  match: {
    /** `checkworthy`: also return the keys of unmatched check-worthy sentences (setting `showCheckworthy`). */
    req: {
      url: string;
      sentences: SentenceQuery[];
      checkworthy?: boolean;
      /** The page's publication day, `YYYY-MM-DD` (lib/page/page-date.ts): context for the matcher. */
      date?: string;
      /** The page's headline (lib/page/page-headline.ts): context for the matcher. */
      headline?: string;
    };
    res: { matches: Array<{ key: string; statement: StatementView; score: number }>; checkworthy?: string[] };
  };
  /** Content script: the claims now painted on its page (sets the badge and the popup's list). */
  /** `claims`: at most {@link MAX_REPORTED_CLAIMS}, the first in page order; `total`: all painted (the badge). */
  report: { req: { url: string; claims: PageClaim[]; total?: number }; res: { count: number } };
  /** Extension page: the claims on tab `tabId`. */
  /** `total`: claims painted in the tab over all frames (the badge), at least `claims.length` when given. */
  tabClaims: { req: { tabId: number }; res: { url: string | null; claims: PageClaim[]; total?: number } };
  /** Extension page: the site switch for a host. */
  siteState: { req: { host: string }; res: SiteState };
  /** Extension page: switch ClaimLens on or off for a host (the permission is asked by the popup itself). */
  setSiteEnabled: { req: { host: string; enabled: boolean }; res: SiteState };
  /** Content script: is ClaimLens on for this host? */
  isEnabled: { req: { host: string }; res: { enabled: boolean } };
  /** Popup to a content script: scroll to a painted claim, flash it and open its card. */
  reveal: { req: { index: number; statementId?: string; sentence?: string }; res: { found: boolean } };
  /** Content script: the notes made on this page (canonical URL of its own site), and how many notes exist at all. */
  annotationsForPage: { req: { url: string }; res: { annotations: AnnotationRecord[]; total: number } };
  /** Content script or page: store a new note. */
  saveAnnotation: { req: NewAnnotation; res: { annotation: AnnotationRecord } };
  /** Content script or page: change a note's body or selectors; refused when it changed since `expectedModified`. */
  updateAnnotation: { req: { id: string; body?: unknown; selectors?: unknown; expectedModified?: string }; res: { annotation: AnnotationRecord } };
  /** Content script or page: delete a note; answers the deleted record so it can be restored (undo). */
  deleteAnnotation: { req: { id: string }; res: { annotation: AnnotationRecord | null } };
  /** Content script or page: put a deleted note back (undo). */
  restoreAnnotation: { req: { annotation: AnnotationRecord }; res: { annotation: AnnotationRecord } };
  /** Content script: which personal notes state these sentences (the same claim, other words)? */
  matchNotes: { req: { url: string; sentences: SentenceQuery[] }; res: { matches: Array<{ key: string; statement: StatementView; score: number }> } };
  /** Content script: the notes found, matched and orphaned on its page (for the popup). */
  reportNotes: { req: { url: string; notes: PageNote[] }; res: { count: number } };
  /** Extension page: the notes of tab `tabId`. */
  tabNotes: { req: { tabId: number }; res: { url: string | null; notes: PageNote[] } };
  /** Background or popup to the content scripts of a tab: open the annotate form for the selection. */
  openAnnotate: {
    /**
     * Sent to every frame: the frame whose selection it is answers (see annotate-wire.ts). `top`:
     * the top frame answers even when the focus is in a child frame (no frame answered without it).
     */
    req: { top?: boolean };
    res: { opened: boolean; reason?: string };
  };
  /** Popup to a content script: anchor an orphan again (to the selection, when there is one). */
  findAgain: { req: { annotationId: string }; res: { found: boolean } };
  /** Popup to a content script: scroll to a note and flash it. */
  revealNote: { req: { annotationId: string }; res: { found: boolean } };

  // The library page (extension page only). See entrypoints/background/library.ts.
  /** One page of the library list for a filter; `size` counts every row, `total` the matching ones. */
  libraryQuery: {
    req: { filter: LibraryFilter; offset: number; limit: number };
    res: { total: number; size: number; rows: LibraryRow[]; packs: Pack[]; tags: string[]; tookMs: number };
  };
  /** Starts an import session; records then arrive in chunks and are written only on commit. */
  importBegin: { req: { mode: 'merge' | 'restore'; pack?: Pack; packs?: Pack[] }; res: { importId: string } };
  /** Adds validated records to a session (nothing is written yet). */
  importChunk: { req: { importId: string; statements: Statement[]; notes: AnnotationRecord[] }; res: { received: number } };
  /** Writes a session's records in one transaction (all or nothing) and ends it. */
  importCommit: { req: { importId: string }; res: ImportResult };
  /** Progress of a session's write. */
  importStatus: { req: { importId: string }; res: { state: ImportState; written: number; total: number } };
  /** Drops a session, or rolls back its write if it is running. */
  importCancel: { req: { importId: string }; res: { cancelled: boolean } };
  /** Replaces one statement (an edit). */
  saveStatement: { req: { statement: Statement }; res: Statement };
  /** Deletes statements and notes; answers what was removed, for undo. */
  deleteRecords: { req: { statements: string[]; notes: string[] }; res: Removed };
  /** Puts removed records back (undo). */
  restoreRecords: { req: Removed; res: { restored: number } };
  /** Deletes a pack with its statements, kept in the trash for undo; answers the pack, the count and the trash entry. */
  deletePack: { req: { packId: string }; res: DeletedPack };
  /** Puts a deleted pack back from the trash (undo within TRASH_MS). */
  restoreTrash: { req: { trashId: string }; res: { restored: number } };
  /** The newest pack delete that can still be undone, or null. */
  latestTrash: { req: Record<string, never>; res: TrashOffer | null };
  /** One page of a store, in key order (exports). */
  dumpStore: { req: { store: BackupStore; after?: string; limit: number }; res: { records: unknown[]; next?: string } };
  /** Empties the database; `confirm` must be the phrase the user typed. */
  deleteAllData: { req: { confirm: string }; res: { deleted: number } };
  /** Brings the bundled starter pack back (after it or all data was deleted); answers its statement count. */
  addStarterPack: { req: Record<string, never>; res: { count: number } };
  /** Popup: saves the ClaimReview records found on the page the user is reading. */
  captureClaimReviews: { req: { url: string; reviews: unknown[] }; res: ImportResult & { errors: RowIssue[] } };
}

/** Where an import session is. */
export type ImportState = 'receiving' | 'writing' | 'done' | 'failed' | 'cancelled' | 'unknown';

/**
 * `storage.local` key the background bumps (to the time, ms) after any note write, here or in the
 * library: open pages load their notes again when it changes.
 */
export const NOTES_REVISION_KEY = 'notesRevision';

/**
 * `storage.local` key the background bumps (to the time, ms) after the library changed statements
 * (import, edit, delete, undo): open pages match their sentences again.
 */
export const STATEMENTS_REVISION_KEY = 'statementsRevision';

/** The phrase the user types to confirm "delete all data". */
export const DELETE_ALL_PHRASE = 'delete all';

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

/** The envelope on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

/** What a handler answers: the data, or an error message a user can act on. */
export type Reply<K extends MessageType> = { ok: true; data: Response<K> } | { ok: false; error: string };

/** Who sent a message, as far as the background can tell. */
export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/**
 * Messages a content script may send. Everything else needs an extension page. Note messages also
 * pass {@link contentMayTarget} in their handlers: a content script only touches notes of its own site.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'match', 'report', 'isEnabled',
  'annotationsForPage', 'saveAnnotation', 'updateAnnotation', 'deleteAnnotation', 'restoreAnnotation', 'matchNotes', 'reportNotes',
]);

/**
 * Whether a content script running at `senderUrl` may read or change notes that target `url`: only
 * notes of its own site (same host, ignoring `www.`/`m.`/`amp.`), so a page never sees another site's notes.
 * @param senderUrl the sender's frame URL (runtime.MessageSender `url`); undefined refuses
 */
export function contentMayTarget(senderUrl: string | undefined, url: string): boolean {
  return !!senderUrl && sameSite(senderUrl, url);
}

/**
 * Classifies a message sender (runtime.MessageSender fields).
 * @param sender `id`, `url` and `tab` of the sender
 * @param extensionId this extension's id; `extensionOrigin` its page origin (`chrome-extension://ID`)
 * @returns `extension-page` for this extension's own pages (popup, library, also when opened as a
 *   tab), `content-script` for this extension's scripts in a web page, `foreign` otherwise
 */
export function senderKind(
  sender: { id?: string; url?: string; tab?: { id?: number } },
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const origin = extensionOrigin.replace(/\/$/, '');
  if (sender.url && (sender.url === origin || sender.url.startsWith(origin + '/'))) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return 'foreign';
}

/** True when a sender of this kind may send this message type. */
export function mayHandle(type: MessageType, kind: SenderKind): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return false;
}

/** Type guard for an incoming envelope. */
export function isEnvelope(msg: unknown): msg is Envelope {
  return !!msg && typeof msg === 'object' && typeof (msg as Envelope).type === 'string' && 'data' in msg;
}

/** Chromium's and Firefox's words for "nobody is listening at the other end (yet)". */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
/**
 * Chromium's and Firefox's words for "the receiver went away before it answered" (a service worker
 * stopped or replaced by an update mid-request). The request may have run: only messages that are
 * safe to send twice are sent again after it.
 */
const CHANNEL_CLOSED = /message channel closed before a response was received|Message manager disconnected/i;
/** Messages that only read, or replace what they wrote before: sending one twice does no harm. */
const REPEATABLE: ReadonlySet<MessageType> = new Set<MessageType>(['match', 'report', 'isEnabled', 'annotationsForPage', 'matchNotes', 'reportNotes', 'tabClaims', 'tabNotes']);
/** Waits before retrying a message nobody received, ms: a starting service worker needs a moment. */
const RETRY_DELAYS_MS = [100, 400, 1000];

/**
 * A typed client over a `sendMessage`-like function (runtime.sendMessage or tabs.sendMessage bound
 * to a tab), so callers get typed responses and errors as exceptions.
 * A message nobody received is sent again after 100, 400 and 1,000 ms (`retryDelaysMs`), since a
 * service worker that is starting has not registered its listener yet; so is a read-only or
 * overwriting one (`REPEATABLE`) whose receiver went away before it answered.
 * @throws Error with the handler's message when the receiver answers `{ ok: false }`, or when no
 *   receiver answered after the retries (closed service worker, page without the content script)
 */
export function createClient(sendMessage: (msg: Envelope) => Promise<unknown>, retryDelaysMs: number[] = RETRY_DELAYS_MS) {
  async function deliver(msg: Envelope): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await sendMessage(msg);
      } catch (e) {
        // A service worker that is starting (after an update, or woken) has no listener yet.
        const delay = retryDelaysMs[attempt];
        const text = e instanceof Error ? e.message : String(e);
        const again = NO_RECEIVER.test(text) || (CHANNEL_CLOSED.test(text) && REPEATABLE.has(msg.type as MessageType));
        if (delay === undefined || !again) throw e;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
  return async function send<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
    const reply = (await deliver({ type, data })) as Reply<K> | undefined;
    if (!reply) throw new Error(`No answer to "${type}": ClaimLens's background is not running. Reload the page.`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };
}

/** Re-exported for convenience of handlers. */
export type { Verdict };

/**
 * A sender to the content scripts of tab `tabId` for {@link openAnnotateInTab}: to every frame when
 * no frame is named, else to that frame.
 * @param sendMessage `browser.tabs.sendMessage`
 * @param defaultFrame the frame to address when the caller names none (the context menu's frame)
 */
export function toTabFrames(
  sendMessage: (tabId: number, msg: Envelope, options?: { frameId: number }) => Promise<unknown>,
  tabId: number,
  defaultFrame?: number,
): (msg: Envelope, frameId?: number) => Promise<unknown> {
  return (msg, frameId = defaultFrame) => (frameId === undefined ? sendMessage(tabId, msg) : sendMessage(tabId, msg, { frameId }));
}

/**
 * Asks a tab to open the annotate form for the reader's selection. Every frame is asked and the one
 * whose selection it is answers (entrypoints/content/annotate-wire.ts `takesOpen`); when none does
 * (the focus is in a frame ClaimLens does not run in), the top frame is asked to answer anyway.
 * @param sendToTab sends to the tab's content scripts: to every frame when `frameId` is undefined
 * @throws Error when the tab has no content script (a page ClaimLens does not run on) or it fails
 */
export async function openAnnotateInTab(sendToTab: (msg: Envelope, frameId?: number) => Promise<unknown>): Promise<Response<'openAnnotate'>> {
  const reply = (await sendToTab({ type: 'openAnnotate', data: {} }).catch((e: unknown) => {
    const text = e instanceof Error ? e.message : String(e);
    if (NO_RECEIVER.test(text) || /port closed/i.test(text)) return undefined;
    throw e;
  })) as Reply<'openAnnotate'> | undefined;
  if (reply && !reply.ok) throw new Error(reply.error);
  if (reply) return reply.data;
  return createClient((m) => sendToTab(m, 0), [])('openAnnotate', { top: true });
}
