import type { Check, Figure } from './bench-report.js';
import { formatValue } from './bench-report.js';
import type { Machine } from './machine.js';

export interface StepOutcome {
  readonly name: string;
  readonly command: string;
  readonly exitCode: number | null;
  readonly seconds: number;
  readonly outcome: 'ok' | 'budget missed' | 'FAILED' | 'skipped';
  readonly loadAfter: readonly number[];
}

export interface Report {
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: Machine;
  readonly loadAverage: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly calibrationMs: { readonly before: number; readonly after: number };
  readonly steps: readonly StepOutcome[];
  readonly figures: readonly (Figure & { readonly ratio: number | null; readonly met: boolean | null })[];
  readonly checks: readonly Check[];
}

const load = (values: readonly number[]): string => values.map((value) => value.toFixed(2)).join(' ');

export function renderMarkdown(report: Report): string {
  const { machine } = report;
  const lines = [
    `### Latest \`npm run bench\` report (${report.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(report.seconds)} s)`,
    '',
    `${machine.cpuCount} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
      `load average ${load(report.loadAverage.before)} before, ${load(report.loadAverage.after)} after; ` +
      `CPU calibration loop ${report.calibrationMs.before.toFixed(0)} ms before, ${report.calibrationMs.after.toFixed(0)} ms after.`,
    '',
    '| bench | figure | value | floor (same run) | ratio | target | |',
    '|---|---|---:|---|---:|---:|---|',
    ...report.figures.map((figure) => {
      const floor = figure.floor ? `${figure.floor.name}: ${formatValue(figure.floor.value)}` : '';
      const ratio = figure.ratio === null ? '' : `${figure.ratio.toFixed(2)}x`;
      const target = figure.target === undefined ? '' : `${figure.better === 'higher' ? '≥' : '≤'} ${figure.target}x`;
      const met = figure.met === null ? '' : figure.met ? 'met' : '**not met**';
      const note = figure.note ? ` (${figure.note})` : '';
      return `| ${figure.bench} | ${figure.name}${note} | ${formatValue(figure.value)} ${figure.unit} | ${floor} | ${ratio} | ${target} | ${met} |`;
    }),
    '',
    '| bench | check | |',
    '|---|---|---|',
    ...report.checks.map((check) => `| ${check.bench} | ${check.name}: ${check.detail} | ${check.ok ? 'OK' : '**FAILED**'} |`),
    '',
    '| bench | command (small mode) | s | load after | outcome |',
    '|---|---|---:|---|---|',
    ...report.steps.map((step) => `| ${step.name} | \`${step.command}\` | ${step.seconds.toFixed(0)} | ${load(step.loadAfter)} | ${step.outcome} |`),
    '',
  ];
  return lines.join('\n');
}

const START = '<!-- bench-report:start (written by npm run bench -- --docs docs/benchmarks.md) -->';
const END = '<!-- bench-report:end -->';

/** The docs keep their history below; the latest report replaces only its own section at the top. */
export function replaceDocsSection(docs: string, markdown: string): string {
  const section = `${START}\n${markdown}${END}`;
  const start = docs.indexOf(START);
  const end = docs.indexOf(END);
  if (start >= 0 && end > start) return `${docs.slice(0, start)}${section}${docs.slice(end + END.length)}`;
  const firstSection = docs.indexOf('\n## ');
  return firstSection < 0 ? `${docs}\n${section}\n` : `${docs.slice(0, firstSection + 1)}${section}\n\n${docs.slice(firstSection + 1)}`;
}
