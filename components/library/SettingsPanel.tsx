import { useEffect, useState } from 'preact/hooks';
import { DELETE_ALL_PHRASE } from '../../lib/messages';
import type { HighlightStyle, MatchSensitivity, Settings } from '../../lib/settings';
import { CONTENT_MATCHES, hostOfPattern, isSiteOff, siteOf } from '../../lib/sites';
import { messageOf, type LibraryApi } from './api';

/** Sites of the built-in match patterns (`*.bbc.com` and `www.reportultra.com` as `bbc.com` and `reportultra.com`). */
function builtInSites(): string[] {
  return CONTENT_MATCHES.map(hostOfPattern).filter(Boolean).map((h) => siteOf(h.replace(/^\*\./, '')));
}

const SENSITIVITY: Array<[MatchSensitivity, string, string]> = [
  ['strict', 'Strict', 'Only sentences that restate a claim closely; fewest highlights.'],
  ['balanced', 'Balanced', 'The default.'],
  ['lenient', 'Lenient', 'Also looser paraphrases; more highlights, more mistakes.'],
];
const STYLES: Array<[HighlightStyle, string]> = [
  ['background', 'Coloured background'],
  ['underline', 'Coloured underline'],
];

/** Settings: sites, display, matching, and "delete all data". */
export function SettingsPanel({ api, onDeletedAll }: { api: LibraryApi; onDeletedAll: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hosts, setHosts] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [confirm, setConfirm] = useState('');

  async function load() {
    const [s, granted] = await Promise.all([api.getSettings(), api.grantedHosts()]);
    setSettings(s);
    // one row per site, as the switch works: www. and the bare domain together
    setHosts([...new Set([...builtInSites(), ...granted, ...s.disabledHosts].map(siteOf))].sort());
  }
  useEffect(() => void load().catch((e: unknown) => setStatus(messageOf(e))), []);

  async function update(patch: Partial<Settings>) {
    try {
      await api.setSettings(patch);
      setSettings({ ...settings!, ...patch });
      setStatus('Saved. Open pages follow at once.');
    } catch (e) {
      setStatus(`Not saved: ${messageOf(e)}`);
    }
  }

  async function toggleSite(host: string, enabled: boolean) {
    try {
      await api.send('setSiteEnabled', { host, enabled });
      await load();
      setStatus(`${host}: ${enabled ? 'on' : 'off'}. Its open pages follow at once.`);
    } catch (e) {
      setStatus(messageOf(e));
    }
  }

  async function deleteAll(e: Event) {
    e.preventDefault();
    try {
      const { deleted } = await api.send('deleteAllData', { confirm });
      setConfirm('');
      await load();
      setStatus(`Deleted all data (${deleted.toLocaleString('en')} statements and notes) and reset the settings.`);
      onDeletedAll();
    } catch (err) {
      setStatus(messageOf(err));
    }
  }

  if (!settings) return <section class="settings" aria-busy="true"><p>Loading…</p>{status ? <p role="alert">{status}</p> : null}</section>;
  return (
    <section class="settings" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {status ? <p role="status" class="notice" data-settings-status>{status}</p> : null}
      <fieldset>
        <legend>Sites ClaimLens reads</legend>
        <p class="muted">Add other sites from the ClaimLens popup while you are on them (“Enable on this site”).</p>
        <ul class="sites">
          {hosts.map((h) => (
            <li key={h}>
              <label><input type="checkbox" name={`site-${h}`} checked={!isSiteOff(settings.disabledHosts, h)} onChange={(e) => void toggleSite(h, e.currentTarget.checked)} /> {h}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Display</legend>
        <label>
          <input type="checkbox" name="showCheckworthy" checked={settings.showCheckworthy} onChange={(e) => void update({ showCheckworthy: e.currentTarget.checked })} />{' '}
          Also mark check-worthy sentences that match no fact-check
        </label>
        <div role="radiogroup" aria-labelledby="highlight-style-h">
          <p id="highlight-style-h" class="muted">Highlights on pages (open pages change at once):</p>
          {STYLES.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="highlightStyle" value={value} checked={settings.highlightStyle === value} onChange={() => void update({ highlightStyle: value })} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Match sensitivity</legend>
        {SENSITIVITY.map(([value, label, hint]) => (
          <label key={value}>
            <input type="radio" name="matchSensitivity" value={value} checked={settings.matchSensitivity === value} onChange={() => void update({ matchSensitivity: value })} />{' '}
            {label} <span class="muted">{hint}</span>
          </label>
        ))}
      </fieldset>
      <form class="danger-zone" onSubmit={(e) => void deleteAll(e)} aria-labelledby="delete-all-h">
        <h3 id="delete-all-h">Delete all data</h3>
        <p>
          Deletes every statement, note and pack (the starter pack too) and resets these settings. This cannot be undone:
          export a full backup first if you may want it back.
        </p>
        <label>
          <span>Type “{DELETE_ALL_PHRASE}” to confirm</span>
          <input name="confirmDelete" value={confirm} autocomplete="off" onInput={(e) => setConfirm(e.currentTarget.value)} />
        </label>
        <button type="submit" class="danger" disabled={confirm.trim().toLowerCase() !== DELETE_ALL_PHRASE}>Delete all data</button>
      </form>
    </section>
  );
}
