/**
 * Scores the fact extractor on the real labelled sets in test/fixtures/ with the matching rules of
 * the outside scorer (score-real-set.ts): extraction-dev and extraction-real, then
 * extraction-heldout, extraction-fresh and extraction-fifth, each labelled before the extractor
 * first read it. Usage: node dist/src/cli/eval-extraction.js [--details]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatRealSetScore } from '../ingestion/extraction/evaluation/format-real-set.js';
import { loadRealSet, repositoryRoot } from '../ingestion/extraction/evaluation/real-set.js';
import { scoreRealSet } from '../ingestion/extraction/evaluation/score-real-set.js';
import { extractFacts } from '../ingestion/extraction/extract-facts.js';
import { EXTRACTOR_VERSION } from '../ingestion/extraction/extractor-version.js';

const details = process.argv.includes('--details');
const root = repositoryRoot(import.meta.url);
console.log(`fact extractor ${EXTRACTOR_VERSION}`);
for (const set of ['extraction-dev', 'extraction-real', 'extraction-heldout', 'extraction-fresh', 'extraction-fifth']) {
  const dir = join(root, 'test/fixtures', set);
  if (!existsSync(join(dir, 'gold.json'))) continue;
  console.log(`\n${formatRealSetScore(set, scoreRealSet(loadRealSet(dir), extractFacts), details)}`);
}
