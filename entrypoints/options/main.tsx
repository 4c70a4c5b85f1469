import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { LibraryApi } from '../../components/library/api';
import { LibraryApp } from '../../components/library/LibraryApp';
import '../../components/library/library.css';
import { createClient } from '../../lib/messages';
import { readSettings, SETTINGS_KEYS } from '../../lib/settings';
import { hostOfPattern } from '../../lib/sites';

const send = createClient((m) => browser.runtime.sendMessage(m));

const api: LibraryApi = {
  send,
  async getSettings() {
    return readSettings(await browser.storage.local.get(SETTINGS_KEYS));
  },
  async setSettings(patch) {
    await browser.storage.local.set(patch);
  },
  async grantedHosts() {
    const { origins = [] } = await browser.permissions.getAll();
    return origins.map(hostOfPattern).filter((h) => h && !h.includes('*'));
  },
  download(fileName, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const tab = new URLSearchParams(location.search).get('tab');
render(<LibraryApp api={api} initialTab={tab === 'import' || tab === 'export' || tab === 'settings' ? tab : 'library'} />, document.getElementById('app')!);
