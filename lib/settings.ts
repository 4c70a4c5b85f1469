import { SENSITIVITIES, type MatchSensitivity } from './match/sensitivity';

/*
 * User settings, kept in `browser.storage.local` under these keys (the library page writes them;
 * the content script and the background read them). Defaults apply when a key is absent.
 */

export type { MatchSensitivity };
/** How matched sentences are painted. */
export type HighlightStyle = 'background' | 'underline';

export interface Settings {
  /** Hosts the user switched off (also written by the popup's per-site switch). */
  disabledHosts: string[];
  /** Also mark check-worthy sentences that match no statement. */
  showCheckworthy: boolean;
  matchSensitivity: MatchSensitivity;
  highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  showCheckworthy: false,
  matchSensitivity: 'balanced',
  highlightStyle: 'background',
};

/** The storage keys of {@link Settings}, for `storage.local.get`. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

const STYLES: readonly HighlightStyle[] = ['background', 'underline'];

/**
 * Reads settings from a storage snapshot, replacing absent or ill-typed values by the defaults.
 * @param raw the object `storage.local.get(SETTINGS_KEYS)` returned (or a backup's `settings`)
 */
export function readSettings(raw: Record<string, unknown>): Settings {
  const hosts = Array.isArray(raw.disabledHosts) ? raw.disabledHosts.filter((h): h is string => typeof h === 'string') : [];
  return {
    disabledHosts: hosts,
    showCheckworthy: typeof raw.showCheckworthy === 'boolean' ? raw.showCheckworthy : DEFAULT_SETTINGS.showCheckworthy,
    matchSensitivity: SENSITIVITIES.includes(raw.matchSensitivity as MatchSensitivity)
      ? (raw.matchSensitivity as MatchSensitivity)
      : DEFAULT_SETTINGS.matchSensitivity,
    highlightStyle: STYLES.includes(raw.highlightStyle as HighlightStyle) ? (raw.highlightStyle as HighlightStyle) : DEFAULT_SETTINGS.highlightStyle,
  };
}
