import { describe, expect, it } from 'vitest';
import { contentMayTarget, createClient, isEnvelope, mayHandle, openAnnotateInTab, senderKind, type Envelope } from '../lib/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderKind', () => {
  it('recognises extension pages, also when opened as a tab', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html?tabId=3`, tab: { id: 9 } }, ID, ORIGIN)).toBe('extension-page');
  });
  it('recognises content scripts by their tab', () => {
    expect(senderKind({ id: ID, url: 'https://reportultra.com/a', tab: { id: 4 } }, ID, ORIGIN)).toBe('content-script');
  });
  it('treats other extensions and look-alike origins as foreign', () => {
    expect(senderKind({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('foreign');
    expect(senderKind({ id: ID, url: `chrome-extension://${ID}evil/x.html` }, ID, ORIGIN)).toBe('foreign');
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBe('foreign');
  });
});

describe('mayHandle', () => {
  it('lets content scripts only match and report', () => {
    expect(mayHandle('match', 'content-script')).toBe(true);
    expect(mayHandle('report', 'content-script')).toBe(true);
    expect(mayHandle('tabClaims', 'content-script')).toBe(false);
    expect(mayHandle('setSiteEnabled', 'content-script')).toBe(false);
  });
  it('lets extension pages do everything and foreign senders nothing', () => {
    expect(mayHandle('setSiteEnabled', 'extension-page')).toBe(true);
    expect(mayHandle('match', 'foreign')).toBe(false);
  });
});

describe('createClient', () => {
  it('returns the data of an ok reply', async () => {
    const send = createClient(async (m) => ({ ok: true, data: { count: (m.data as { claims: unknown[] }).claims.length } }));
    await expect(send('report', { url: 'https://x.org/', claims: [] })).resolves.toEqual({ count: 0 });
  });
  it('throws the handler error, and a clear one when nobody answers', async () => {
    await expect(createClient(async () => ({ ok: false, error: 'nope' }))('tabClaims', { tabId: 1 })).rejects.toThrow('nope');
    await expect(createClient(async () => undefined)('tabClaims', { tabId: 1 })).rejects.toThrow(/background/);
  });
  it('recognises envelopes', () => {
    expect(isEnvelope({ type: 'match', data: {} })).toBe(true);
    expect(isEnvelope({ type: 3 })).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });
});

describe('note messages from content scripts', () => {
  it('lets content scripts create, edit, delete, restore and read notes, and nothing of the library', () => {
    for (const t of ['annotationsForPage', 'saveAnnotation', 'updateAnnotation', 'deleteAnnotation', 'restoreAnnotation', 'matchNotes', 'reportNotes'] as const) {
      expect(mayHandle(t, 'content-script'), t).toBe(true);
      expect(mayHandle(t, 'foreign'), t).toBe(false);
    }
    expect(mayHandle('tabNotes', 'content-script')).toBe(false);
    expect(mayHandle('tabNotes', 'extension-page')).toBe(true);
  });
  it('limits a content script to the notes of its own site', () => {
    const page = 'https://www.reportultra.com/2025/07/04/trump-putin-no-progress/?utm_source=x';
    expect(contentMayTarget(page, 'https://reportultra.com/2025/07/04/trump-putin-no-progress/')).toBe(true);
    expect(contentMayTarget(page, 'https://reportultra.com/2025/07/06/analysts-war-end-kremlin/')).toBe(true);
    expect(contentMayTarget(page, 'https://bank.example/statement/')).toBe(false);
    expect(contentMayTarget(page, 'https://reportultra.com.evil.example/')).toBe(false);
    expect(contentMayTarget(undefined, 'https://reportultra.com/')).toBe(false);
    expect(contentMayTarget('file:///tmp/x.html', 'file:///tmp/x.html')).toBe(false);
  });
});

describe('createClient retries', () => {
  it('sends again while the receiver is starting, then gives up with the browser error', async () => {
    let calls = 0;
    const send = createClient(async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { count: 1 } };
    }, [1, 1, 1]);
    await expect(send('report', { url: 'https://x.org/', claims: [] })).resolves.toEqual({ count: 1 });
    expect(calls).toBe(3);
    let failing = 0;
    const never = createClient(async () => {
      failing++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, [1, 1]);
    await expect(never('tabClaims', { tabId: 1 })).rejects.toThrow(/Receiving end/);
    expect(failing).toBe(3);
  });
  it('sends a read-only or overwriting message again when the receiver went away mid-request, never a write', async () => {
    const closed = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
    let calls = 0;
    const send = createClient(async () => {
      calls++;
      if (calls < 2) throw new Error(closed);
      return { ok: true, data: { matches: [] } };
    }, [1, 1]);
    await expect(send('match', { url: 'https://x.org/', sentences: [] })).resolves.toEqual({ matches: [] });
    expect(calls).toBe(2);
    let writes = 0;
    const write = createClient(async () => {
      writes++;
      throw new Error(closed);
    }, [1, 1]);
    await expect(write('saveAnnotation', { url: 'https://x.org/', selectors: [], body: 'x' } as never)).rejects.toThrow(/channel closed/);
    expect(writes, 'a note may have been saved: not sent twice').toBe(1);
  });
  it('does not retry other errors', async () => {
    let calls = 0;
    const send = createClient(async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    }, [1, 1]);
    await expect(send('tabClaims', { tabId: 1 })).rejects.toThrow(/invalidated/);
    expect(calls).toBe(1);
  });
});

describe('openAnnotateInTab', () => {
  /** A tab whose frames answer as given: `all` for a message to every frame, `top` for one to frame 0. */
  const tab = (all: () => Promise<unknown>, top: () => Promise<unknown>) => {
    const sent: Array<{ frameId?: number; data: unknown }> = [];
    const send = (m: Envelope, frameId?: number) => {
      sent.push({ frameId, data: m.data });
      return frameId === undefined ? all() : top();
    };
    return { sent, send };
  };
  const opened = { ok: true, data: { opened: true } };

  it('asks every frame once when the frame with the selection answers', async () => {
    const t = tab(async () => opened, async () => ({ ok: true, data: { opened: false } }));
    expect(await openAnnotateInTab(t.send)).toEqual({ opened: true });
    expect(t.sent).toEqual([{ frameId: undefined, data: {} }]);
  });

  it('asks the top frame to answer when no frame took it (the focus is in a frame ClaimLens does not run in)', async () => {
    for (const silence of [async () => undefined, async () => Promise.reject(new Error('The message port closed before a response was received.'))]) {
      const t = tab(silence, async () => ({ ok: true, data: { opened: false, reason: 'Select text in the page first.' } }));
      expect(await openAnnotateInTab(t.send)).toEqual({ opened: false, reason: 'Select text in the page first.' });
      expect(t.sent).toEqual([{ frameId: undefined, data: {} }, { frameId: 0, data: { top: true } }]);
    }
  });

  it("passes on a frame's error and a tab without ClaimLens", async () => {
    await expect(openAnnotateInTab(tab(async () => ({ ok: false, error: 'form failed' }), async () => opened).send)).rejects.toThrow('form failed');
    const none = async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(openAnnotateInTab(tab(none, none).send)).rejects.toThrow(/Receiving end does not exist/);
  });
});
