import { browser } from 'wxt/browser';
import { MAX_REPORTED_CLAIMS, type MessageType, type Request, type Response, type StatementView } from '../../lib/messages';
import type { MatchSensitivity } from '../../lib/match/sensitivity';
import { dayOf } from '../../lib/match/dates';
import { MAX_HEADLINE } from '../../lib/page/page-headline';
import { readSettings } from '../../lib/settings';
import checkworthyModel from '../../assets/models/checkworthy.json';
import { isCheckworthy } from '../../lib/match/checkworthy';
import type { Statement } from '../../lib/types';
import { annotationHandlers } from './annotations';
import { libraryHandlers } from './library';
import { statementIndex } from './statements';
import { setSiteEnabled, siteState } from './sites';
import { getTabClaims, setTabClaims } from './tab-claims';

/** Sentences per match request, so one request never holds the worker for long. */
const MAX_SENTENCES = 2000;
/**
 * Longest sentence matched or scored, UTF-16 code units. Longer "sentences" are run-on text the
 * segmenter found no stop in (a list, a transcript): painting one whole would cover screens, and
 * they bound the work a hostile page can ask for. Skipped, not an error.
 */
const MAX_SENTENCE_CHARS = 5000;

/** What a handler knows about the sender beyond its kind. */
export interface HandlerContext {
  tabId?: number;
  /** True when a content script sent the message. */
  fromContent?: boolean;
  /** The content script's frame URL (runtime.MessageSender `url`). */
  senderUrl?: string;
  /** The content script's frame (runtime.MessageSender `frameId`; 0 the top frame). */
  frameId?: number;
}

let sensitivity: Promise<MatchSensitivity> | undefined;

/** The user's match sensitivity, read once and again after it changes (the library page writes it). */
function matchSensitivity(): Promise<MatchSensitivity> {
  sensitivity ??= browser.storage.local
    .get('matchSensitivity')
    .then((got) => readSettings(got).matchSensitivity)
    .catch(() => 'balanced' as const);
  return sensitivity;
}
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'matchSensitivity' in changes) sensitivity = undefined;
});

type Handler<K extends MessageType> = (data: Request<K>, ctx: HandlerContext) => Promise<Response<K>>;

function view(s: Statement): StatementView {
  return {
    id: s.id, text: s.text, claimant: s.claimant, claimDate: s.claimDate, verdict: s.verdict,
    verdictLabel: s.verdictLabel, summary: s.summary, reviewer: s.reviewer, reviewUrl: s.reviewUrl,
    reviewDate: s.reviewDate, origin: s.origin, notes: [],
  };
}

/** Background handlers, one per message type the background answers. */
export const handlers: { [K in MessageType]?: Handler<K> } = {
  async match({ sentences, checkworthy, date, headline }) {
    if (!Array.isArray(sentences) || sentences.length > MAX_SENTENCES) {
      throw new Error(`match takes at most ${MAX_SENTENCES} sentences per request`);
    }
    const { index, statements } = await statementIndex();
    // A page's date and headline are only context: a date that is not a day is ignored, not an error.
    const options = {
      sensitivity: await matchSensitivity(),
      date: typeof date === 'string' ? dayOf(date) : undefined,
      context: typeof headline === 'string' ? headline.slice(0, MAX_HEADLINE) : undefined,
    };
    const found: Array<{ key: string; statementId: string; score: number }> = [];
    for (const { key, text } of sentences) {
      if (typeof text !== 'string' || text.length > MAX_SENTENCE_CHARS) continue;
      const m = index.match(text, options);
      if (m) found.push({ key, ...m });
    }
    const byId = new Map((await statements([...new Set(found.map((f) => f.statementId))])).map((s) => [s.id, s]));
    const matches: Response<'match'>['matches'] = [];
    for (const f of found) {
      const s = byId.get(f.statementId);
      if (s) matches.push({ key: f.key, statement: view(s), score: f.score });
    }
    if (!checkworthy) return { matches };
    const matched = new Set(found.map((f) => f.key));
    const worthy = sentences.filter((s) => typeof s.text === 'string' && s.text.length <= MAX_SENTENCE_CHARS && !matched.has(s.key) && isCheckworthy(checkworthyModel, s.text));
    return { matches, checkworthy: worthy.map((s) => s.key) };
  },
  async report({ url, claims, total }, ctx) {
    if (ctx.tabId === undefined) throw new Error('report needs a tab');
    if (!Array.isArray(claims)) throw new Error('report needs a list of claims');
    const listed = claims.slice(0, MAX_REPORTED_CLAIMS);
    await setTabClaims(ctx.tabId, ctx.frameId ?? 0, url, listed, typeof total === 'number' && total >= listed.length ? total : listed.length);
    return { count: listed.length };
  },
  async tabClaims({ tabId }) {
    return getTabClaims(tabId);
  },
  async siteState({ host }) {
    return siteState(host);
  },
  async setSiteEnabled({ host, enabled }) {
    return setSiteEnabled(host, enabled);
  },
  ...annotationHandlers,
  ...libraryHandlers,
};
