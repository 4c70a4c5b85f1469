#!/usr/bin/env node
// Converts the PolitiFact verified-claims file of the claim-retrieval-debates data set
// (politifact-vclaims.jsonl: one JSON object per line with url, speaker, vclaim, truth_label, date,
// title, vclaim_id) into a ClaimLens-importable schema.org ClaimReview pack (JSON-LD @graph).
// The data stays outside the repository: the default output is in the system's temp folder.
//
//   node scripts/politifact-pack.mjs [--in PATH] [--out PATH]
//
// Defaults: --in ../shared/data/claim-retrieval-debates/politifact-vclaims.jsonl (relative to the
// repository root), --out $TMPDIR/claimlens-politifact-pack.json.
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_IN = join(ROOT, '../shared/data/claim-retrieval-debates/politifact-vclaims.jsonl');
export const DEFAULT_OUT = join(tmpdir(), 'claimlens-politifact-pack.json');

/** PolitiFact's Truth-O-Meter and Flip-O-Meter slugs -> the labels PolitiFact shows. */
const LABELS = {
  true: 'True', 'mostly-true': 'Mostly True', 'half-true': 'Half True', 'barely-true': 'Mostly False',
  false: 'False', 'pants-fire': 'Pants on Fire', 'full-flop': 'Full Flop', 'half-flip': 'Half Flip', 'no-flip': 'No Flip',
};

/** "stated on October 22, 2019 in a campaign mailer.:" -> "2019-10-22" (undefined when absent). */
export function statedOn(date) {
  const m = /stated on ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(date ?? '');
  const t = m ? Date.parse(`${m[1]} UTC`) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** "/factchecks/2019/oct/30/..." -> "2019-10-30" (the review's publication day). */
function reviewedOn(url) {
  const m = /\/factchecks\/(\d{4})\/([a-z]{3})\/(\d{1,2})\//.exec(url ?? '');
  const t = m ? Date.parse(`${m[2]} ${m[3]}, ${m[1]} UTC`) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** One data-set line -> one ClaimReview node. */
export function claimReview(o) {
  return {
    '@type': 'ClaimReview',
    identifier: `politifact-${o.vclaim_id}`,
    claimReviewed: o.vclaim,
    name: o.title,
    reviewRating: { '@type': 'Rating', alternateName: LABELS[o.truth_label] ?? o.truth_label },
    itemReviewed: { '@type': 'Claim', author: o.speaker ? { '@type': 'Person', name: o.speaker } : undefined, datePublished: statedOn(o.date) },
    author: { '@type': 'Organization', name: 'PolitiFact', url: 'https://www.politifact.com/' },
    url: o.url ? new URL(o.url, 'https://www.politifact.com').href : undefined,
    datePublished: reviewedOn(o.url),
    inLanguage: 'en',
  };
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const input = arg('--in', DEFAULT_IN);
  const output = arg('--out', DEFAULT_OUT);
  if (!existsSync(input)) {
    console.error(`politifact-pack: ${input} is missing (the claim-retrieval-debates data set is not in ../shared/data). Pass --in PATH.`);
    process.exit(2);
  }
  const graph = [];
  let bad = 0;
  for await (const line of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      graph.push(claimReview(JSON.parse(line)));
    } catch {
      bad++;
    }
  }
  const doc = { '@context': 'https://schema.org', name: 'PolitiFact (claim-retrieval-debates)', '@graph': graph };
  writeFileSync(output, JSON.stringify(doc));
  console.log(`politifact-pack: ${graph.length} ClaimReviews${bad ? ` (${bad} unreadable lines skipped)` : ''} -> ${output}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
