import { browser } from 'wxt/browser';

/**
 * Puts the content script into tabs that were open before this version was installed. Chromium
 * injects manifest content scripts only into pages loaded afterwards, so without this an install
 * or update leaves open articles bare until they are reloaded (the old instance stops itself:
 * hard case 26). Firefox injects into open tabs itself, so this runs in Chromium builds only.
 * Covers the built-in sites and the sites the user enabled (registered content scripts).
 * @returns the number of tabs injected; a tab that refuses (a discarded tab, an error page) is skipped
 */
export async function injectIntoOpenTabs(): Promise<number> {
  const builtIn = browser.runtime.getManifest().content_scripts?.[0];
  if (!builtIn?.js?.length) return 0;
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  const patterns = [...new Set([...(builtIn.matches ?? []), ...registered.flatMap((s) => s.matches ?? [])])];
  if (!patterns.length) return 0;
  const tabs = await browser.tabs.query({ url: patterns });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    const target = { tabId: tab.id, allFrames: builtIn.all_frames ?? false };
    try {
      if (builtIn.css?.length) await browser.scripting.insertCSS({ target, files: builtIn.css });
      // The manifest's own file names: public paths of this build by construction.
      await browser.scripting.executeScript({ target, files: builtIn.js as Array<`${string}.js`> as never });
      injected++;
    } catch {
      // the tab navigated away or cannot be scripted: its next load gets the script anyway
    }
  }
  return injected;
}
