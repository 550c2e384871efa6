/**
 * Every bench in a small mode, one after another, then one report: the machine, its load, a CPU
 * calibration loop's time, and each figure beside the floor measured in the same run with their
 * ratio and its target. Targets are ratios only, so no absolute time fails the run; it exits
 * non-zero when a bench crashes or an exactly-once or correctness check fails.
 *
 * Usage: DATABASE_URL=postgres://... [KAFKA_BROKERS=...] npm run bench [-- --out bench/reports] [-- --docs docs/benchmarks.md]
 * Without KAFKA_BROKERS the relay bench is skipped (and the report says so).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type ReportLine, ratioOf, targetMet } from './support/bench-report.js';
import { parseStoreBench } from './support/store-bench-output.js';
import { calibrationMs, describeMachine, loadAverage } from './support/machine.js';
import { type Report, renderMarkdown, replaceDocsSection, type StepOutcome } from './support/report-markdown.js';

interface Step {
  readonly name: string;
  readonly script: string;
  readonly args?: readonly string[];
  readonly nodeArgs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly needsKafka?: boolean;
  /** The exit code a bench uses for "a time budget was missed": reported, not a failure here. */
  readonly budgetExitCode?: number;
  /** For a bench that prints its figures instead of recording them. */
  readonly parse?: (stdout: string) => ReportLine[];
}

/**
 * Sized so the whole suite takes a few minutes on a shared 2-core machine. The benches that keep
 * their data get databases named after DATABASE_URL's (two CI runs on one server never share
 * one), written fresh and dropped at the end.
 */
const steps = (databases: { rebuild: string; api: string }): readonly Step[] => [
  { name: 'store', script: 'store.bench.js', args: ['uncontended'], env: { BENCH_STORE_SCALE: '0.1' }, parse: parseStoreBench },
  { name: 'rebuild', script: 'rebuild.bench.js', nodeArgs: ['--max-semi-space-size=128'], args: ['--events', '50000', '--fresh', '--database', databases.rebuild] },
  { name: 'api', script: 'api.bench.js', args: ['--facts', '2000', '--fresh', '--database', databases.api, '--small', '--rate', '50'] },
  {
    name: 'relay',
    script: 'relay.bench.js',
    needsKafka: true,
    env: { BENCH_RELAY_EVENTS: '30000', BENCH_RELAY_LATENCY_SECONDS: '6', BENCH_RELAY_ROUNDS: '3' },
  },
  { name: 'ingest', script: 'ingest.bench.js', args: ['300'] },
  { name: 'extraction', script: 'extraction.bench.js', args: ['300', '--runs', '3'] },
  { name: 'worst-case', script: 'worst-case-text.bench.js', args: ['1'], budgetExitCode: 1 },
  { name: 'soak', script: 'soak.bench.js', args: ['0.25'] },
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

async function runStep(step: Step, reportFile: string): Promise<StepOutcome & { lines: ReportLine[] }> {
  const script = fileURLToPath(new URL(`./${step.script}`, import.meta.url));
  const args = [...(step.nodeArgs ?? []), script, ...(step.args ?? [])];
  const envText = Object.entries(step.env ?? {}).map(([key, value]) => `${key}=${value} `).join('');
  const command = `${envText}node ${[...(step.nodeArgs ?? []), `dist/bench/${step.script}`, ...(step.args ?? [])].join(' ')}`;
  if (step.needsKafka && !process.env.KAFKA_BROKERS) {
    console.log(`\n==> ${step.name}: skipped (no KAFKA_BROKERS)`);
    return { name: step.name, command, exitCode: null, seconds: 0, outcome: 'skipped', loadAfter: loadAverage(), lines: [] };
  }
  console.log(`\n==> ${step.name}: ${command}`);
  rmSync(reportFile, { force: true });
  const started = performance.now();
  let stdout = '';
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...step.env, BENCH_REPORT: reportFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve(code));
  });
  const seconds = (performance.now() - started) / 1000;
  const recorded = readLines(reportFile);
  const lines = [...recorded, ...(step.parse?.(stdout) ?? [])];
  const checks = lines.filter((line) => line.kind === 'check');
  const failedCheck = checks.some((line) => !line.ok);
  // A crash exits 1 too: a missed budget is only believed from a bench that got to its checks.
  const budgetMissed = exitCode === step.budgetExitCode && checks.length > 0 && !failedCheck;
  const outcome = exitCode === 0 && !failedCheck ? 'ok' : budgetMissed ? 'budget missed' : 'FAILED';
  return { name: step.name, command, exitCode, seconds, outcome, loadAfter: loadAverage(), lines };
}

function readLines(file: string): ReportLine[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ReportLine);
  } catch {
    return [];
  }
}

async function dropDatabases(adminUrl: string, names: readonly string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench');
    process.exit(2);
  }
  const out = option('out') ?? 'bench/reports';
  const only = option('only')?.split(',');
  mkdirSync(out, { recursive: true });
  const reportFile = join(out, '.figures.ndjson');
  const startedAt = new Date();
  const machine = await describeMachine(databaseUrl);
  const loadBefore = loadAverage();
  const calibrationBefore = calibrationMs();
  const base = new URL(databaseUrl).pathname.slice(1) || 'postgres';
  const databases = { rebuild: `${base}_bench_rebuild`, api: `${base}_bench_api` };
  const outcomes: StepOutcome[] = [];
  const lines: ReportLine[] = [];
  try {
    for (const step of steps(databases).filter((s) => !only || only.includes(s.name))) {
      const { lines: stepLines, ...outcome } = await runStep(step, reportFile);
      outcomes.push(outcome);
      lines.push(...stepLines);
    }
  } finally {
    rmSync(reportFile, { force: true });
    await dropDatabases(databaseUrl, Object.values(databases));
  }
  const figures = lines
    .filter((line): line is Extract<ReportLine, { kind: 'figure' }> => line.kind === 'figure')
    .map(({ kind: _kind, ...figure }) => ({ ...figure, ratio: ratioOf(figure), met: targetMet(figure) }));
  const checks = lines
    .filter((line): line is Extract<ReportLine, { kind: 'check' }> => line.kind === 'check')
    .map(({ kind: _kind, ...check }) => check);
  const report: Report = {
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    machine,
    loadAverage: { before: loadBefore, after: loadAverage() },
    calibrationMs: { before: calibrationBefore, after: calibrationMs() },
    steps: outcomes,
    figures,
    checks,
  };
  const markdown = renderMarkdown(report);
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'latest.md'), markdown);
  const docs = option('docs');
  if (docs) writeFileSync(docs, replaceDocsSection(readFileSync(docs, 'utf8'), markdown));
  console.log(`\n${markdown}`);
  console.log(`report: ${join(out, 'latest.json')} and ${join(out, 'latest.md')}${docs ? `, and the top of ${docs}` : ''}`);
  const failed = outcomes.filter((step) => step.outcome === 'FAILED');
  if (failed.length > 0) {
    console.error(`bench suite FAILED: ${failed.map((step) => step.name).join(', ')} (crash or failed check)`);
    process.exit(1);
  }
}

await main();
