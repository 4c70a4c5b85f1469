/**
 * What the main job must find on the reportultra article (tests/fixtures/starter-expectations.json)
 * and the starter-pack statements the hover card is checked against.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { claimReviewsIn, statementFromClaimReview } from '../../../lib/formats/claimreview';
import type { Statement } from '../../../lib/types';
import { ROOT } from './browsers';

/** One sentence of the article the starter pack must match, and the statement it must match. */
export interface ExpectedMatch {
  statementId: string;
  /** A piece of the painted sentence (compared after {@link foldText}). */
  sentenceIncludes: string;
}

/** The parsed expectations file. */
export interface StarterExpectations {
  expected: ExpectedMatch[];
  /** Statement ids that must never show up on this article. */
  unrelated: string[];
}

/** tests/fixtures/starter-expectations.json; override with CLAIMLENS_E2E_EXPECTATIONS. */
export const EXPECTATIONS_PATH =
  process.env.CLAIMLENS_E2E_EXPECTATIONS ?? join(ROOT, 'tests/fixtures/starter-expectations.json');

/**
 * Reads and checks the expectations file.
 * @throws Error naming the file when it is missing or not of the documented shape
 */
export function loadExpectations(path = EXPECTATIONS_PATH): StarterExpectations {
  if (!existsSync(path)) throw new Error(`${path} is missing: it lists the statements the article must match`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<StarterExpectations>;
  const ok =
    Array.isArray(data.expected) &&
    data.expected.every((e) => typeof e?.statementId === 'string' && typeof e?.sentenceIncludes === 'string') &&
    Array.isArray(data.unrelated) &&
    data.unrelated.every((id) => typeof id === 'string');
  if (!ok) {
    throw new Error(`${path}: expected {"expected":[{"statementId","sentenceIncludes"}],"unrelated":[ids]}`);
  }
  return data as StarterExpectations;
}

/**
 * Folds text the way the popup or a range may differ from the source without being wrong:
 * Unicode NFKC (no-break spaces become spaces), soft hyphens and zero-width characters dropped,
 * curly quotes and dashes made plain, whitespace runs collapsed, lower case.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `haystack` contains `needle` after {@link foldText}. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}

/**
 * Loads every ClaimReview in the JSON files under assets/, public/ and `extraDirs` (the starter
 * pack, wherever it is kept or copied to), as the extension turns them into statements
 * (lib/formats/claimreview.ts).
 * @param extraDirs more folders to search, e.g. the built extension
 * @returns statements by id; empty when no pack is found
 */
export function loadStarterStatements(extraDirs: string[] = []): Map<string, Statement> {
  const byId = new Map<string, Statement>();
  const dirs = [join(ROOT, 'assets'), join(ROOT, 'public'), ...extraDirs];
  for (const file of dirs.flatMap((d) => jsonFiles(d))) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    claimReviewsIn(doc).forEach((review, index) => {
      try {
        const statement = statementFromClaimReview(review, index, 'starter', 0);
        byId.set(statement.id, statement);
      } catch {
        // not a complete ClaimReview: the pack's own tests report it
      }
    });
  }
  return byId;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') || name.endsWith('.jsonld') ? [path] : [];
  });
}
