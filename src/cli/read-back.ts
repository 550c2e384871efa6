/**
 * Reads back what the extractor states about real texts, for auditing by hand: every file under
 * the paths (.md, .txt, .json, .html) is parsed and read exactly as POST /documents does, and each
 * extracted fact is printed with its type, actor → target, status, counts, dates and quote.
 * Usage: node dist/src/cli/read-back.js [--json] <dir|file>...
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { partyCode, type FactValues } from '../domain/facts/fact-events.js';
import { extractFacts } from '../ingestion/extraction/extract-facts.js';
import { EXTRACTOR_VERSION } from '../ingestion/extraction/extractor-version.js';
import { IMPORTED_EXTENSIONS } from '../ingestion/import/import-sources.js';
import { documentIngestedData, parseDocument } from '../ingestion/parsers/document-parser.js';
import { runCli } from './run-cli.js';

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith('.') ? [] : filesUnder(join(path, name))))
    // A README describes the directory; it is no document.
    .filter((file) => IMPORTED_EXTENSIONS.has(extname(file)) && basename(file).toLowerCase() !== 'readme.md');
}

function countsOf(counts: FactValues['counts']): string {
  if (!counts) return '';
  const parts = (['from', 'to', 'change'] as const).filter((k) => counts[k] !== null).map((k) => `${k} ${counts[k]}`);
  return ` [${parts.join(', ')}${counts.approximate ? ', approximate' : ''}]`;
}

function datesOf({ occurredOn, effectiveOn }: FactValues['validTime']): string {
  return [occurredOn && `on ${occurredOn.value}`, effectiveOn && `effective ${effectiveOn.value}`].filter(Boolean).join(' ');
}

await runCli('read-back', async ({ log, args }) => {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0) throw new Error('usage: node dist/src/cli/read-back.js [--json] <dir|file>...');
  if (!json) log(`fact extractor ${EXTRACTOR_VERSION}`);
  let total = 0;
  for (const file of paths.flatMap(filesUnder)) {
    const submitted = readFileSync(file, 'utf8');
    const parsed = parseDocument(submitted);
    if (!parsed.ok) {
      log(json ? JSON.stringify({ file, rejected: parsed.error.code }) : `\n${file}: rejected (${parsed.error.code})`);
      continue;
    }
    const document = documentIngestedData(submitted, parsed.value, { publisher: null, url: null });
    const facts = extractFacts({ documentId: document.documentId, text: document.text, publishedAt: document.publishedAt, kind: document.kind });
    total += facts.length;
    if (json) {
      for (const f of facts) log(JSON.stringify({ file, type: f.type, ...f.values, quote: f.provenance.quote }));
      continue;
    }
    log(`\n${file} (${facts.length})`);
    for (const { type, values, provenance } of facts) {
      const { actor, target, modality, counts, validTime } = values;
      log(`  ${type} ${partyCode(actor)}→${partyCode(target)} ${modality}${countsOf(counts)} ${datesOf(validTime)}`);
      log(`    "${provenance.quote.replace(/\s+/g, ' ')}"`);
    }
  }
  if (!json) log(`\n${total} facts`);
});
