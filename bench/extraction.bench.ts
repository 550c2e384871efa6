/**
 * Fact extraction throughput on generated news articles of about 3 KB: event sentences of
 * every type (countries, cities, figures in digits and words, dates and framings drawn at
 * random) mixed with prose that mentions diplomats without any event; then the real texts in
 * test/fixtures (extraction-dev, extraction-real, current-events). One core, one process.
 * Usage: npm run build && node dist/bench/extraction.bench.js [articles] [--runs 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealSet, repositoryRoot } from '../src/ingestion/extraction/evaluation/real-set.js';
import type { ExtractionInput } from '../src/ingestion/extraction/extracted-fact.js';
import { extractFacts } from '../src/ingestion/extraction/extract-facts.js';
import { documentIngestedData, parseDocument } from '../src/ingestion/parsers/document-parser.js';
import { median, recordFigure } from './support/bench-report.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

const TARGET_BYTES = 3000;
const RUNS = Number(option('runs') ?? 5);

/** Deterministic PRNG (mulberry32) so every run reads the same articles. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = [
  ['Russia', 'Russian', 'Moscow', 'St Petersburg'],
  ['the United States', 'American', 'Washington', 'San Francisco'],
  ['Britain', 'British', 'London', 'Edinburgh'],
  ['China', 'Chinese', 'Beijing', 'Chengdu'],
  ['the Czech Republic', 'Czech', 'Prague', 'Brno'],
  ['Germany', 'German', 'Berlin', 'Munich'],
  ['Poland', 'Polish', 'Warsaw', 'Krakow'],
  ['France', 'French', 'Paris', 'Marseille'],
  ['Iran', 'Iranian', 'Tehran', 'Tehran'],
  ['Japan', 'Japanese', 'Tokyo', 'Osaka'],
] as const;
const FIGURES = ['23', '35', 'thirty-five', '755', 'more than a thousand', 'about 50', 'twelve', '1,000', 'two', '18'];
const WHEN = ['on Monday', 'on Thursday', 'last week', 'in December', 'on March 14, 2018', 'by September 1', 'within 72 hours', 'earlier this month'];
const FRAME = ['', 'said it would ', 'threatened to ', 'did not ', 'proposed to ', 'ordered officials to '];

type Side = (typeof SIDES)[number];
const EVENTS: readonly ((a: Side, b: Side, n: string, when: string, frame: string) => string)[] = [
  (a, b, n, w, f) => `${cap(a[0])} ${f}expel ${n} ${b[1]} diplomats ${w}.`,
  (a, b, n, w) => `${cap(a[0])} ordered ${b[0]} to cut its diplomatic staff in ${a[2]} to ${n} ${w}.`,
  (a, b, _n, w, f) => `${cap(a[0])} ${f}close the ${b[1]} consulate in ${a[3]} ${w}.`,
  (a, b, _n, w) => `${cap(a[0])} seized two ${b[1]} diplomatic compounds near ${a[2]} ${w}.`,
  (a, b, _n, w, f) => `${cap(a[0])} ${f}impose new sanctions on ${b[0]} ${w}, officials said.`,
  (a, b, _n, w) => `${cap(a[0])} recalled its ambassador from ${b[2]} ${w} for consultations.`,
  (a, b, _n, w) => `The ${a[1]} foreign ministry summoned the ${b[1]} ambassador ${w}.`,
  (a, b, _n, w) => `${cap(a[0])} severed diplomatic relations with ${b[0]} ${w}.`,
  (a, b, _n, w) => `The foreign ministers of ${a[0]} and ${b[0]} held talks in ${a[2]} ${w}.`,
  (a, b, n, w) => `${n} ${b[1]} diplomats were expelled by ${a[0]} ${w} and given 72 hours to leave the country.`,
];
const PROSE = [
  'Diplomats from both countries said relations were at their lowest point since the Cold War.',
  'The embassy issued a statement on its website but declined to answer questions from reporters.',
  'Analysts said the measures were largely symbolic and unlikely to change either government’s course.',
  'Embassy staff were seen loading boxes into vans outside the building late in the evening.',
  'The minister said the door to dialogue remained open, although no date for talks had been set.',
  'Trade between the two countries has fallen sharply over the past five years, according to official figures.',
  '“We will respond in a measured way,” a spokeswoman told journalists at a regular briefing.',
  'The ambassador recalled his first posting in the capital as a young attaché in the 1990s.',
  'Opposition lawmakers called for an inquiry into how the information had been obtained.',
  'Officials stressed that consular services for citizens would continue as normal.',
];

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function article(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    const a = pick(SIDES);
    let b = pick(SIDES);
    while (b === a) b = pick(SIDES);
    const sentences = [next() < 0.45 ? pick(EVENTS)(a, b, pick(FIGURES), pick(WHEN), pick(FRAME)) : pick(PROSE), pick(PROSE)];
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const count = Number(process.argv[2] ?? 2000);
const next = random(42);
const publishedAt = '2021-04-16T09:00:00Z';
const generated: ExtractionInput[] = Array.from({ length: count }, (_, i) => ({ documentId: `doc-${i}`, text: article(next), publishedAt }));

/** The real texts: the labelled article sets as the evaluation reads them, current-events entries as ingestion parses them. */
function realCorpora(): { name: string; inputs: ExtractionInput[] }[] {
  const fixtures = join(repositoryRoot(import.meta.url), 'test/fixtures');
  const labelled = (set: string) => ({
    name: `${set} (real articles)`,
    inputs: loadRealSet(join(fixtures, set)).map((t) => ({ documentId: t.gold.file, text: t.body, publishedAt: t.publishedAt })),
  });
  const entries = readdirSync(join(fixtures, 'current-events'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .flatMap((file) => {
      const raw = readFileSync(join(fixtures, 'current-events', file), 'utf8');
      const parsed = parseDocument(raw);
      if (!parsed.ok) return [];
      const document = documentIngestedData(raw, parsed.value, { publisher: null, url: null });
      return [{ documentId: file, text: document.text, publishedAt: document.publishedAt, kind: document.kind }];
    });
  return [labelled('extraction-dev'), labelled('extraction-real'), { name: 'current-events (real portal entries)', inputs: entries }];
}

/**
 * Wall-clock rate, and the rate per CPU-second this process used (on a busy machine the second
 * still measures what one core does); medians of the runs, after one warm-up pass.
 */
function measure(name: string, inputs: readonly ExtractionInput[]): void {
  for (const input of inputs.slice(0, 200)) extractFacts({ ...input, documentId: `warm-${input.documentId}` });
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let facts = 0;
  for (let run = 0; run < RUNS; run++) {
    facts = 0;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (const input of inputs) facts += extractFacts(input).length;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    rates.push(inputs.length / seconds);
    cpuRates.push(inputs.length / ((used.user + used.system) / 1e6));
  }
  const kb = bytes / inputs.length / 1024;
  console.log(`${name}: ${inputs.length} articles, ${kb.toFixed(2)} KB average, ${(facts / inputs.length).toFixed(1)} facts per article`);
  console.log(
    `  median of ${RUNS} runs: ${median(rates).toFixed(0)} articles/s wall clock (${((median(rates) * kb) / 1024).toFixed(2)} MB/s), ` +
      `${median(cpuRates).toFixed(0)} articles per CPU-second (${(median(cpuRates) * kb).toFixed(0)} KB per CPU-second)`,
  );
  recordFigure({
    bench: 'extraction',
    name: `${name}, ${inputs.length} texts of ${kb.toFixed(1)} KB average, median of ${RUNS} runs`,
    value: median(cpuRates) * kb,
    unit: 'KB per CPU-second',
    better: 'higher',
    note: `${median(cpuRates).toFixed(0)} articles per CPU-second`,
  });
}

measure('generated', generated);
for (const corpus of realCorpora()) measure(corpus.name, corpus.inputs);
