#!/usr/bin/env node
/* global chrome, indexedDB */
// Cold-start benchmark in the real extension: imports N statements (default 20,000: the PolitiFact
// claims plus perturbed copies, as `npm run bench` makes them) through the library page of the built
// extension (.output/chrome-mv3) in Debian's Chromium, lets the background build and save its match
// index, then stops the service worker (CDP ServiceWorker.stopAllWorkers) and times, from an
// extension page, one `match` request: worker start + IndexedDB open + saved-index read + load +
// the first answer. Baseline in the same run: the same cold request with the saved index deleted
// (the worker rebuilds the index from the statements). Prints figures and the ratio. Then the
// throughput a page scan sees in the product's own engine: right after a cold start (one sentence
// answered), one request of 1,000 article sentences (as `npm run bench` takes them), and the same
// request again with the worker warm.
//
//   npm run build && npm run bench:coldstart [-- --size 20000 --runs 5 --data ../shared/data]
import { rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './lib/chromium-extension.mjs';
import { loadTs } from './lib/load-ts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const SIZE = Number(arg('size', '20000'));
const RUNS = Number(arg('runs', '5'));
const DATA = arg('data', join(ROOT, '../shared/data'));
const CLAIMS = join(DATA, 'claim-retrieval-debates/politifact-vclaims.jsonl');
const EXT = join(ROOT, '.output/chrome-mv3');
if (!existsSync(CLAIMS)) {
  console.error(`bench:coldstart: ${CLAIMS} is missing (the research data, see ../shared/data/README.md); nothing measured.`);
  process.exit(2);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('bench:coldstart: build the extension first (`npm run build`).');
  process.exit(2);
}

// The statements as a ClaimReview pack, in the temp folder (the data never enters the repository).
const { benchStatements, benchSentences } = await loadTs('scripts/bench-data.ts');
const statements = benchStatements(CLAIMS, SIZE);
const ARTICLES = join(DATA, 'articles/politifact-articles-200.jsonl');
const sentences = benchSentences(ARTICLES, 1000);
const pack = join(tmpdir(), `claimlens-coldstart-${SIZE}.json`);
writeFileSync(pack, JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': statements.map((s, i) => ({
    '@type': 'ClaimReview',
    url: `https://bench.claimlens.test/review/${i}`,
    claimReviewed: s.text,
    itemReviewed: { '@type': 'Claim', author: s.claimant ? { '@type': 'Person', name: s.claimant } : undefined },
    author: { '@type': 'Organization', name: 'Benchmark' },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
  })),
}));
const SENTENCE = 'Says the unemployment rate for black youth is above 50 percent in some cities.';

const { context, id, close } = await launchWithExtension(EXT);
try {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${id}/options.html?tab=import`);
  await library.waitForSelector('section.import[data-import-step="pick"]');
  await library.setInputFiles('section.import input[type="file"]', pack);
  await library.waitForSelector('.review', { timeout: 300_000 });
  await library.click('.review button.primary');
  await library.waitForSelector('[data-import-done], [data-import-error]', { timeout: 600_000 });
  if (await library.$('[data-import-error]')) throw new Error(`import failed: ${await library.$eval('section.import', (el) => el.innerText)}`);
  await library.close();

  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${id}/popup.html?tabId=0`);
  const cdp = await context.newCDPSession(probe);
  await cdp.send('ServiceWorker.enable');
  /** One `match` request of these sentences from the extension page: ms, and how many matched. */
  const askMany = (texts) => probe.evaluate(async (texts) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'match', data: { url: 'https://bench.claimlens.test/', sentences: texts.map((text, i) => ({ key: String(i), text })) } });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return { ms: performance.now() - t0, matched: reply.data.matches.length };
  }, texts);
  /** One single-sentence `match` request, ms. */
  const ask = async () => (await askMany([SENTENCE])).ms;
  const stopWorker = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
  };
  /** Waits until the worker has written the index it built (it saves after answering). */
  const savedIndex = async () => {
    for (let waited = 0; waited < 30_000; waited += 50) {
      const worker = context.serviceWorkers().find((w) => w.url().includes(id));
      const saved = await worker?.evaluate(() => new Promise((resolve) => {
        const open = indexedDB.open('claimlens-index');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const names = open.result.objectStoreNames;
          if (!names.contains('index')) return resolve(false);
          const req = open.result.transaction('index').objectStore('index').count();
          req.onsuccess = () => { open.result.close(); resolve(req.result > 0); };
          req.onerror = () => resolve(false);
        };
      })).catch(() => false);
      if (saved) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the worker did not save its index within 30 s');
  };
  const count = await probe.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'libraryQuery', data: { filter: { query: '' }, offset: 0, limit: 1 } }))?.data?.total);
  const firstBuild = await ask(); // builds the index from the statements (and saves it after answering)
  await savedIndex();
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await ask());

  const cold = [];
  const rebuild = [];
  for (let i = 0; i < RUNS; i++) {
    await stopWorker();
    cold.push(await ask());
    // Baseline: drop the saved index (the worker's own database), so the next cold start rebuilds.
    const worker = context.serviceWorkers().find((w) => w.url().includes(id));
    await worker.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('claimlens-index');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('index', 'readwrite');
        tx.objectStore('index').clear();
        tx.oncomplete = () => { open.result.close(); resolve(undefined); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await stopWorker();
    rebuild.push(await ask()); // rebuilds, and saves again for the next round
    await savedIndex();
  }
  // A page scan right after a wake: the matcher's code has answered one sentence, its JIT is cold.
  const scanFirst = [];
  const scanAgain = [];
  let matched = 0;
  for (let i = 0; i < RUNS; i++) {
    await stopWorker();
    await ask();
    const first = await askMany(sentences);
    scanFirst.push(first.ms);
    matched = first.matched;
    scanAgain.push((await askMany(sentences)).ms);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`[bench] ${context.browser()?.version?.() ?? 'Chromium'}; ${cpus()[0]?.model ?? 'CPU'} x${cpus().length}, load average ${loadavg()[0].toFixed(1)}`);
  console.log(`[bench] statements in the extension: ${count ?? '?'} (${SIZE} imported + the starter pack)`);
  console.log(`[bench] first request after the import (builds the index; it is saved after the answer): ${firstBuild.toFixed(0)} ms`);
  console.log(`[bench] warm request (worker running, index in memory): ${fmt(warm)}`);
  console.log(`[bench] cold start from the saved index (worker start + IndexedDB read + load + first answer): ${fmt(cold)}`);
  console.log(`[bench] baseline, cold start rebuilding the index from the statements: ${fmt(rebuild)}`);
  console.log(`[bench] ratio cold/rebuild: ${(median(cold) / median(rebuild)).toFixed(2)}`);
  console.log(`[bench] 1,000 article sentences in one match request right after a cold start (${matched} matched): ${fmt(scanFirst)}`);
  console.log(`[bench] the same request again, worker warm: ${fmt(scanAgain)}`);
} finally {
  await close();
  rmSync(pack, { force: true });
}
