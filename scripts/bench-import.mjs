#!/usr/bin/env node
/* global setInterval, clearInterval, MutationObserver, requestAnimationFrame, cancelAnimationFrame */
// Import benchmark through the UI: loads the built extension (.output/chrome-mv3) in Debian's
// Chromium, opens the library page, picks the PolitiFact pack (scripts/politifact-pack.mjs) with the
// file input, imports it, and prints the time of each phase, the largest gap between progress
// updates the page painted (the page must update at least every 250 ms), the library page's peak
// JS heap and the browser's peak resident memory (all its processes); then deletes the pack from the
// library page and undoes it, timing both and the page's longest gap between animation frames.
//
//   npm run build && npm run bench:import [-- --pack /tmp/claimlens-politifact-pack.json]
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './lib/chromium-extension.mjs';
import { DEFAULT_OUT } from './politifact-pack.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const PACK = args.includes('--pack') ? args[args.indexOf('--pack') + 1] : DEFAULT_OUT;
const EXT = join(ROOT, '.output/chrome-mv3');
if (!existsSync(PACK)) {
  console.error(`bench:import: ${PACK} is missing; make it with \`npm run politifact-pack\`.`);
  process.exit(2);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('bench:import: build the extension first (`npm run build`).');
  process.exit(2);
}

/** Resident memory of every process whose command line names the profile, MB. */
function browserRssMb(profile) {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return out.split('\n').filter((l) => l.includes(profile)).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0] || 0), 0) / 1024;
}

const { context, id, profile, close } = await launchWithExtension(EXT, { args: ['--enable-precise-memory-info'] });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html?tab=import`);
  await page.waitForSelector('section.import[data-import-step="pick"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let peakRss = 0;
  const sampler = setInterval(async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024);
      peakRss = Math.max(peakRss, browserRssMb(profile));
    } catch {
      // page busy or closing
    }
  }, 100);
  const rssBefore = browserRssMb(profile);
  // Record when the page paints a new progress text (requestAnimationFrame after each change).
  await page.evaluate(() => {
    const w = window;
    w.progressTimes = [];
    new MutationObserver(() => {
      const el = document.querySelector('.progress [role="status"]');
      const text = el?.textContent ?? '';
      if (text && text !== w.lastProgress) {
        w.lastProgress = text;
        requestAnimationFrame(() => w.progressTimes.push(performance.now()));
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const t0 = Date.now();
  await page.setInputFiles('section.import input[type="file"]', PACK);
  await page.waitForSelector('.review', { timeout: 300_000 });
  const tReview = Date.now();
  const valid = await page.$eval('.review', (el) => Number(el.dataset.valid));
  const beforeWrite = await page.evaluate(() => performance.now());
  await page.click('.review button.primary');
  await page.waitForSelector('[data-import-done], [data-import-error]', { timeout: 600_000 });
  const tDone = Date.now();
  const done = await page.$eval('section.import', (el) => el.innerText);
  clearInterval(sampler);
  const times = await page.evaluate(() => window.progressTimes);
  const gaps = (from, to) => {
    const t = times.filter((x) => x >= from && x <= to);
    let worst = 0;
    for (let i = 1; i < t.length; i++) worst = Math.max(worst, t[i] - t[i - 1]);
    return { updates: t.length, worst };
  };
  const check = gaps(0, beforeWrite);
  const write = gaps(beforeWrite, Infinity);
  console.log(`[bench] import through the library page: ${PACK} (${(statSync(PACK).size / 1024 / 1024).toFixed(1)} MB, ${valid.toLocaleString('en')} valid statements)`);
  console.log(`[bench] ${await context.browser()?.version?.() ?? 'Chromium'}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
  console.log(`[bench] read + detect + validate: ${tReview - t0} ms (${check.updates} progress paints, largest gap ${check.worst.toFixed(0)} ms)`);
  console.log(`[bench] send + write (one transaction): ${tDone - tReview} ms (${write.updates} progress paints, largest gap ${write.worst.toFixed(0)} ms)`);
  console.log(`[bench] total ${tDone - t0} ms; peak library-page JS heap ${peakHeap.toFixed(0)} MB; browser resident memory ${rssBefore.toFixed(0)} MB before, peak ${peakRss.toFixed(0)} MB`);
  console.log(`[bench] result: ${done.replace(/\s+/g, ' ').trim()}`);

  // Delete the pack from the library page, then Undo: the time to the notice and to "Restored.",
  // and the longest gap between the page's animation frames meanwhile (the page must stay usable).
  await page.goto(`chrome-extension://${id}/options.html?tab=library`);
  await page.waitForSelector('select[name="source"] option[value^="pack:"]:not([value="pack:starter"])', { state: 'attached' });
  const packValue = await page.$eval('select[name="source"]', (el) => [...el.options].map((o) => o.value).find((v) => v.startsWith('pack:') && v !== 'pack:starter'));
  await page.selectOption('select[name="source"]', packValue);
  const delButton = page.locator('button.danger.small', { hasText: 'Delete pack' });
  await delButton.waitFor();
  const frames = () =>
    page.evaluate(() => {
      const w = window;
      w.frameGap = 0;
      let last = performance.now();
      const tick = (t) => {
        w.frameGap = Math.max(w.frameGap, t - last);
        last = t;
        w.frameLoop = requestAnimationFrame(tick);
      };
      w.frameLoop = requestAnimationFrame(tick);
    });
  const gap = () => page.evaluate(() => (cancelAnimationFrame(window.frameLoop), window.frameGap));
  await frames();
  const d0 = Date.now();
  await delButton.click();
  await page.waitForSelector('.toast [data-undo]', { timeout: 600_000 });
  const dDone = Date.now();
  const delGap = await gap();
  const deleted = await page.$eval('.toast', (el) => el.textContent);
  await frames();
  const u0 = Date.now();
  await page.click('.toast [data-undo]');
  await page.waitForFunction(() => /Restored|Could not undo/.test(document.querySelector('.toast')?.textContent ?? ''), null, { timeout: 600_000 });
  const uDone = Date.now();
  const undoGap = await gap();
  const undone = await page.$eval('.toast', (el) => el.textContent);
  console.log(`[bench] delete the pack (library page): ${dDone - d0} ms, longest frame gap ${delGap.toFixed(0)} ms: ${deleted?.replace(/Undo|×/g, '').trim()}`);
  console.log(`[bench] undo the delete: ${uDone - u0} ms, longest frame gap ${undoGap.toFixed(0)} ms: ${undone?.replace(/×/g, '').trim()}`);
} finally {
  await close();
}
