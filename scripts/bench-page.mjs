// `npm run bench:page`: ClaimLens's in-page cost on pages of about 10k, 100k and 300k characters of
// real article prose (PolitiFact fact-check articles), with the 19,250 PolitiFact statements in the
// extension's database so that real matches occur. Per page, in one Chromium run with the extension:
// the `claimlens:scan` time, highlight count, longest main-thread task after the scan starts
// (PerformanceObserver `longtask`), JS heap; then, in the same browser with ClaimLens switched off for
// the site, mark.js highlighting the same sentences and a bare TreeWalker pass over the text (the floor).
//
// Data (never committed; see ../shared/data/README.md), overridable by environment variables:
//   CLAIMLENS_ARTICLES   default ../shared/data/articles/politifact-articles-200.jsonl
//   CLAIMLENS_VCLAIMS    default ../shared/data/claim-retrieval-debates/politifact-vclaims.jsonl
// Missing data: prints what is missing and exits 0 (skipped), so a fresh clone still passes.
/* global PerformanceObserver, indexedDB, chrome, CSS, NodeFilter -- used inside functions that run in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './fixture-server.mjs';
import { buildBenchPage, statementsFromVclaims } from './bench-page-data.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ARTICLES = process.env.CLAIMLENS_ARTICLES ?? join(ROOT, '../shared/data/articles/politifact-articles-200.jsonl');
const VCLAIMS = process.env.CLAIMLENS_VCLAIMS ?? join(ROOT, '../shared/data/claim-retrieval-debates/politifact-vclaims.jsonl');
const EXTENSION = process.env.CLAIMLENS_CHROME_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
/** Target page sizes, characters of article text. */
const SIZES = [10_000, 100_000, 300_000];
/** The long-task limit ClaimLens must stay under, ms (W3C Long Tasks API). */
const LONG_TASK_MS = 50;

const missing = [ARTICLES, VCLAIMS].filter((p) => !existsSync(p));
if (missing.length) {
  console.log(`bench:page skipped: missing ${missing.join(', ')} (see ../shared/data/README.md)`);
  process.exit(0);
}
for (const [path, what] of [[join(EXTENSION, 'manifest.json'), 'the extension build (npx wxt build)'], [CHROMIUM, 'Chromium']]) {
  if (!existsSync(path)) {
    console.error(`bench:page cannot run: ${path} is missing (${what})`);
    process.exit(1);
  }
}

const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const articles = readJsonl(ARTICLES);
const statements = statementsFromVclaims(readJsonl(VCLAIMS), Date.now());
const pages = Object.fromEntries(SIZES.map((n) => [`/bench/${n / 1000}k.html`, buildBenchPage(articles, n)]));
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
// ClaimLens's own in-page pass (extract, segment, a range per sentence) in one go, without the
// matcher round trips and without slicing: the content script's share of the scan.
const inPagePass = (
  await build({
    stdin: {
      contents: `import { extractBlocks, rangeForOffsets } from './lib/page/extract';
        import { segmentSentences } from './lib/text/segment';
        window.__claimlensPass = () => {
          const t0 = performance.now();
          let sentences = 0;
          for (const b of extractBlocks(document)) {
            for (const s of segmentSentences(b.text)) { rangeForOffsets(b, s.start, s.end, document); sentences++; }
          }
          return { passMs: performance.now() - t0, sentencesOnPage: sentences };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  })
).outputFiles[0].text;

const server = await startFixtureServer({ pages: pages });
const profile = await mkdtemp(join(tmpdir(), 'claimlens-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  ignoreHTTPSErrors: true,
  viewport: { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    `--host-resolver-rules=MAP reportultra.com 127.0.0.1:${server.httpsPort}, MAP * ~NOTFOUND`,
  ],
});

try {
  const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') }));
  const version = context.browser()?.version() ?? 'Chromium';
  await loadStatements(sw, statements);
  // Long tasks from the first moment of each page (ClaimLens's content script shares the main thread).
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API
    }
  });

  console.log(`bench:page: Chromium ${version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}; ${statements.length} PolitiFact statements in the database`);
  // Warm-up: the first match builds the statement index in the service worker (reported, not counted).
  const warm = await measureClaimLens(context, '/bench/10k.html');
  console.log(`warm-up (index build included): claimlens:scan ${warm.scanMs.toFixed(0)} ms on the 10k page\n`);

  const rows = [];
  for (const path of Object.keys(pages)) {
    const cl = await measureClaimLens(context, path);
    await setDisabled(sw, true);
    const other = await measureOthers(context, path, cl.sentences, markJs, inPagePass);
    await setDisabled(sw, false);
    rows.push({ path, chars: other.chars, ...cl, ...other });
  }
  printTable(rows);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

/** Writes the statements into the extension's IndexedDB from its service worker, before any scan. */
async function loadStatements(sw, list) {
  await sw.evaluate(async (records) => {
    const open = () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('claimlens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    // The extension creates the database on install; wait for its schema rather than creating one.
    for (let i = 0; ; i++) {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (names.includes('claimlens')) {
        const db = await open();
        if (db.objectStoreNames.contains('statements')) {
          await new Promise((resolve, reject) => {
            const tx = db.transaction(['statements', 'packs'], 'readwrite');
            for (const s of records) tx.objectStore('statements').put(s);
            tx.objectStore('packs').put({ id: 'bench-politifact', name: 'PolitiFact (benchmark)', source: 'politifact-vclaims.jsonl', count: records.length, importedAt: Date.now() });
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          });
          db.close();
          return;
        }
        db.close();
      }
      if (i > 100) throw new Error('the extension never created its database');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, list);
}

/** Switches ClaimLens off (or on) for reportultra.com, the way the popup's site switch does. */
async function setDisabled(sw, off) {
  await sw.evaluate((hosts) => chrome.storage.local.set({ disabledHosts: hosts }), off ? ['reportultra.com'] : []);
}

/** Loads a page with ClaimLens on and reads its figures. */
async function measureClaimLens(context, path) {
  const page = await context.newPage();
  const browser = context.browser();
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  await page.goto(`https://reportultra.com${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.claimlens === 'ready', null, { timeout: 300_000, polling: 100 });
  await page.waitForTimeout(1000); // let trailing tasks (painting, the report) land in the long-task list
  const figures = await page.evaluate(() => {
    const scan = performance.getEntriesByName('claimlens:scan', 'measure')[0];
    const sentences = new Set();
    let highlights = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      for (const r of h) {
        highlights++;
        sentences.add(r.toString());
      }
    }
    const after = window.__longTasks.filter((t) => t.start >= scan.startTime);
    return {
      scanMs: scan.duration,
      highlights,
      sentences: [...sentences],
      longTasks: after.length,
      longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
    };
  });
  Object.assign(figures, tracedTasks(JSON.parse((await browser.stopTracing()).toString('utf8'))));
  figures.heapMb = await heapMb(page);
  await page.close();
  return figures;
}

/**
 * The renderer main thread's tasks after `claimlens:scan` began, from a Chromium trace: the longest by
 * wall time and by thread CPU time (`tdur`). On a busy machine wall time includes time the OS gave
 * to other processes; CPU time is the work the task itself did.
 * @param {{ traceEvents: Array<{ name: string, cat: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number }> }} trace
 */
function tracedTasks(trace) {
  // A main-thread task is one top-level "run task" event (its name varies between Chromium versions).
  const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
  const events = trace.traceEvents;
  const scan = events.find((e) => e.name === 'claimlens:scan' && e.cat.includes('blink.user_timing'));
  if (!scan) return { tracedLongestWallMs: NaN, tracedLongestCpuMs: NaN };
  const tasks = events.filter((e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && e.pid === scan.pid && e.tid === scan.tid && e.ts >= scan.ts);
  return {
    tracedLongestWallMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    tracedLongestCpuMs: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)),
  };
}

/** The same page with ClaimLens off: JS heap, the TreeWalker floor, then mark.js on the same sentences. */
async function measureOthers(context, path, sentences, markSource, passSource) {
  const page = await context.newPage();
  await page.goto(`https://reportultra.com${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const on = await page.evaluate(() => document.documentElement.dataset.claimlens ?? null);
  if (on) throw new Error('ClaimLens still ran with the site switched off');
  const plainHeapMb = await heapMb(page);
  const walk = await page.evaluate(() => {
    const runs = [];
    let chars = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      chars = 0;
      for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    return { floorMs: runs[1], chars };
  });
  await page.addScriptTag({ content: passSource });
  const pass = await page.evaluate(() => window.__claimlensPass());
  await page.addScriptTag({ content: markSource });
  const mark = await page.evaluate(
    (list) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let marks = 0;
        new window.Mark(document.querySelector('article')).mark(list, {
          separateWordSearch: false,
          acrossElements: true,
          each: () => marks++,
          done: () => resolve({ markMs: performance.now() - t0, marks }),
        });
      }),
    sentences,
  );
  await page.close();
  return { plainHeapMb, ...walk, ...pass, ...mark };
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

function printTable(rows) {
  const head = [
    'page', 'chars', 'sentences', 'scan ms', 'highlights', 'longest task ms (wall / CPU)', 'long tasks', 'heap MB (off)',
    'in-page pass ms', 'mark.js ms', 'marks', 'floor ms', 'scan/mark.js', 'pass/mark.js', 'pass/floor',
  ];
  const lines = rows.map((r) => [
    r.path.replace('/bench/', '').replace('.html', ''),
    r.chars,
    r.sentencesOnPage,
    r.scanMs.toFixed(0),
    r.highlights,
    `${r.longestTaskMs.toFixed(0)} / ${r.tracedLongestCpuMs.toFixed(0)}`,
    r.longTasks,
    `${r.heapMb.toFixed(1)} (${r.plainHeapMb.toFixed(1)})`,
    r.passMs.toFixed(0),
    r.markMs.toFixed(0),
    r.marks,
    r.floorMs.toFixed(1),
    (r.scanMs / r.markMs).toFixed(2),
    (r.passMs / r.markMs).toFixed(3),
    (r.passMs / r.floorMs).toFixed(0),
  ]);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
  const big = rows[rows.length - 1];
  console.log(
    `\nbudget on the ${big.path} page: longest task after scan start ${big.longestTaskMs.toFixed(0)} ms wall, ` +
      `${big.tracedLongestCpuMs.toFixed(0)} ms CPU (${big.tracedLongestCpuMs <= LONG_TASK_MS ? 'within' : 'OVER'} ${LONG_TASK_MS} ms); ` +
      `scan/mark.js ${(big.scanMs / big.markMs).toFixed(2)} (${big.scanMs <= big.markMs / 2 ? 'within' : 'OVER'} 0.5)`,
  );
}
