import type { MessageType, Request, Response, StatementView } from '../../lib/messages';
import type { Statement } from '../../lib/types';
import { annotationHandlers } from './annotations';
import { libraryHandlers } from './library';
import { statementIndex } from './statements';
import { setSiteEnabled, siteState } from './sites';
import { getTabClaims, setTabClaims } from './tab-claims';

/** Sentences per match request, so one request never holds the worker for long. */
const MAX_SENTENCES = 2000;

/** What a handler knows about the sender beyond its kind. */
export interface HandlerContext {
  tabId?: number;
  /** True when a content script sent the message. */
  fromContent?: boolean;
  /** The content script's frame URL (runtime.MessageSender `url`). */
  senderUrl?: string;
}

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
  async match({ sentences }) {
    if (!Array.isArray(sentences) || sentences.length > MAX_SENTENCES) {
      throw new Error(`match takes at most ${MAX_SENTENCES} sentences per request`);
    }
    const { index, byId } = await statementIndex();
    const matches: Response<'match'>['matches'] = [];
    for (const { key, text } of sentences) {
      if (typeof text !== 'string' || text.length > 5000) continue;
      const m = index.match(text);
      const s = m && byId.get(m.statementId);
      if (m && s) matches.push({ key, statement: view(s), score: m.score });
    }
    return { matches };
  },
  async report({ url, claims }, ctx) {
    if (ctx.tabId === undefined) throw new Error('report needs a tab');
    await setTabClaims(ctx.tabId, url, claims);
    return { count: claims.length };
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
