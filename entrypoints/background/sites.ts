import { browser } from 'wxt/browser';
import type { SiteState } from '../../lib/messages';
import { hostOfPattern, isBuiltIn, isSiteOff, patternsForHost, siteOf } from '../../lib/sites';

const DISABLED_KEY = 'disabledHosts';
const SCRIPT_PREFIX = 'claimlens-site-';

/** Hosts the user switched off, from local storage. */
export async function disabledHosts(): Promise<string[]> {
  const got = await browser.storage.local.get(DISABLED_KEY);
  const v = got[DISABLED_KEY];
  return Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string') : [];
}

/** Whether ClaimLens may run on a host and whether the user left it on. */
export async function siteState(host: string): Promise<SiteState> {
  const permitted = await browser.permissions.contains({ origins: patternsForHost(host) });
  const enabled = !isSiteOff(await disabledHosts(), host);
  return { host, permitted, enabled };
}

/**
 * Switches a site on or off (`www.` and the bare domain together). Switching on a site outside the
 * built-in list registers the content script there (the popup has asked for the host permission
 * before sending this).
 */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<SiteState> {
  // one entry per site (www. or not), old entries of either form included
  const site = siteOf(host);
  const hosts = new Set((await disabledHosts()).filter((h) => siteOf(h) !== site));
  if (!enabled) hosts.add(site);
  await browser.storage.local.set({ [DISABLED_KEY]: [...hosts] });
  const state = await siteState(host);
  if (enabled && state.permitted) await registerSite(host);
  return state;
}

/** Registers the content script for a user-enabled site (idempotent). */
async function registerSite(host: string): Promise<void> {
  // hosts with the manifest's content script are left out: a registered copy would run twice there
  const matches = patternsForHost(host).filter((p) => !isBuiltIn(hostOfPattern(p)));
  if (!matches.length) return;
  const id = SCRIPT_PREFIX + host.replace(/[^a-z0-9.-]/gi, '_');
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  const manifest = browser.runtime.getManifest();
  const builtIn = manifest.content_scripts?.[0];
  await browser.scripting.registerContentScripts([
    {
      id,
      matches,
      js: builtIn?.js ?? [],
      css: builtIn?.css ?? [],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
