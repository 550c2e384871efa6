/**
 * Scores the fact extractor against the labelled set in test/fixtures/extraction/: the seed
 * documents, then the whole set, then one line per subset (the development sentences, the
 * held-out and the blind examples). Usage: node dist/src/cli/eval-extraction.js [--details]
 */
import { evaluate } from '../ingestion/extraction/evaluation/evaluate.js';
import { formatReport } from '../ingestion/extraction/evaluation/format-report.js';
import { loadLabelledSet, repositoryRoot } from '../ingestion/extraction/evaluation/load-labelled-set.js';
import { extractFacts } from '../ingestion/extraction/extract-facts.js';
import { EXTRACTOR_VERSION } from '../ingestion/extraction/extractor-version.js';

const details = process.argv.includes('--details');
const documents = loadLabelledSet(repositoryRoot(import.meta.url));
const subsets = [...new Set(documents.map((d) => d.subset))];
const f = (x: number): string => x.toFixed(2);

console.log(`fact extractor ${EXTRACTOR_VERSION}\n`);
console.log(formatReport('Seed documents', evaluate(documents.filter((d) => d.subset === 'seed'), extractFacts), details));
console.log();
console.log(formatReport('Full labelled set', evaluate(documents, extractFacts), details));
console.log('\nby subset            docs  facts     P     R    F1  strict F1');
for (const subset of subsets) {
  const part = documents.filter((d) => d.subset === subset);
  const r = evaluate(part, extractFacts);
  console.log(`${subset.padEnd(20)}${String(part.length).padStart(5)}${String(r.overall.expected).padStart(7)}${f(r.overall.precision).padStart(6)}${f(r.overall.recall).padStart(6)}${f(r.overall.f1).padStart(6)}${f(r.strict.f1).padStart(11)}`);
}
