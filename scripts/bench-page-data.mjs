// Data shaping for `npm run bench:page` (scripts/bench-page.mjs): benchmark pages from PolitiFact
// articles and ClaimLens statements from PolitiFact fact-checks (CLEF CheckThat! 2021 task 2B data).

/**
 * PolitiFact's Truth-O-Meter and Flip-O-Meter labels -> ClaimLens's canonical verdicts
 * (https://www.politifact.com/article/2018/feb/12/principles-truth-o-meter-politifacts-methodology-i/).
 * Flip-O-Meter labels rate consistency, not truth: "needs context".
 * @type {Record<string, string>}
 */
export const POLITIFACT_VERDICTS = {
  'true': 'true',
  'mostly-true': 'mostly-true',
  'half-true': 'mixed',
  'barely-true': 'mostly-false',
  'false': 'false',
  'pants-fire': 'false',
  'full-flop': 'needs-context',
  'half-flip': 'needs-context',
  'no-flip': 'needs-context',
};

/**
 * Statements (lib/types.ts `Statement`) from `politifact-vclaims.jsonl` records.
 * @param {Array<{ vclaim_id: string, vclaim: string, speaker?: string, truth_label: string, title?: string, url?: string }>} records
 * @param {number} now epoch ms for createdAt/updatedAt
 * @returns {object[]} one statement per record with a known label
 */
export function statementsFromVclaims(records, now) {
  return records
    .filter((r) => POLITIFACT_VERDICTS[r.truth_label] && typeof r.vclaim === 'string' && r.vclaim.trim())
    .map((r) => ({
      id: `politifact-${r.vclaim_id}`,
      text: r.vclaim,
      claimant: r.speaker || undefined,
      verdict: POLITIFACT_VERDICTS[r.truth_label],
      verdictLabel: r.truth_label,
      summary: r.title ?? '',
      reviewer: 'PolitiFact',
      reviewUrl: r.url ? `https://www.politifact.com${r.url}` : undefined,
      origin: 'import',
      packId: 'bench-politifact',
      tags: [],
      language: 'en',
      createdAt: now,
      updatedAt: now,
    }));
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news-like page holding whole articles until their text reaches `targetChars`: a site header
 * and footer around `<article>`, each article a `<section>` with an `<h2>` title and one `<p>` per line.
 * @param {Array<{ title: string, text: string }>} articles
 * @param {number} targetChars characters of article text to reach (the last article is cut at a paragraph)
 * @returns {string} HTML
 */
export function buildBenchPage(articles, targetChars) {
  const parts = [];
  let chars = 0;
  for (const a of articles) {
    if (chars >= targetChars) break;
    parts.push(`<section><h2>${escapeHtml(a.title)}</h2>`);
    chars += a.title.length;
    for (const line of a.text.split('\n')) {
      const t = line.trim();
      if (!t) continue;
      parts.push(`<p>${escapeHtml(t)}</p>`);
      chars += t.length;
      if (chars >= targetChars) break;
    }
    parts.push('</section>');
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Benchmark page, ${targetChars} characters</title></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
<article><h1>Fact checks</h1><div class="entry-content">
${parts.join('\n')}
</div></article>
<footer class="site-footer"><p>Benchmark page built by scripts/bench-page.mjs from PolitiFact articles.</p></footer>
</body></html>`;
}
