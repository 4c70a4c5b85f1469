import type { MessageType, Request, Response } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/** What the library page needs from the browser, injected so the components are testable. */
export interface LibraryApi {
  /** Sends a typed message to the background (lib/messages.ts `createClient`). */
  send<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  /** Hosts the user granted beyond the built-in list (optional host permissions). */
  grantedHosts(): Promise<string[]>;
  /** Saves text as a file through the browser's download. */
  download(fileName: string, mime: string, text: string): void;
}

/** An error's message, for showing. */
export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "1 note", "2,000 notes": English counts (the UI is English). */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
