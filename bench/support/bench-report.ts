import { appendFileSync } from 'node:fs';

/**
 * One measured figure beside the floor measured in the same run on the same machine. On a
 * shared machine absolute figures move with the load; the ratio to a floor that shares the load
 * is what a target is stated on.
 */
export interface Figure {
  readonly bench: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Which way is better: throughput is 'higher', latency 'lower'. */
  readonly better: 'higher' | 'lower';
  readonly floor?: { readonly name: string; readonly value: number };
  /** The ratio value / floor the target is stated on (≥ target for 'higher', ≤ for 'lower'). */
  readonly target?: number;
  readonly note?: string;
}

/** An exactly-once or correctness check: a failed one fails the suite whatever the timings. */
export interface Check {
  readonly bench: string;
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export type ReportLine = ({ readonly kind: 'figure' } & Figure) | ({ readonly kind: 'check' } & Check);

export const ratioOf = (figure: Figure): number | null => (figure.floor && figure.floor.value > 0 ? figure.value / figure.floor.value : null);

export function targetMet(figure: Figure): boolean | null {
  const ratio = ratioOf(figure);
  if (ratio === null || figure.target === undefined) return null;
  return figure.better === 'higher' ? ratio >= figure.target : ratio <= figure.target;
}

/**
 * `npm run bench` gives each bench a file (BENCH_REPORT) to add its figures to, one JSON line
 * each; run on its own, a bench just prints them.
 */
function write(line: ReportLine): void {
  const file = process.env.BENCH_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export function recordFigure(figure: Figure): void {
  write({ kind: 'figure', ...figure });
  const ratio = ratioOf(figure);
  const met = targetMet(figure);
  const floor = figure.floor ? ` beside ${figure.floor.name} ${formatValue(figure.floor.value)} = ${ratio!.toFixed(2)}x` : '';
  const target = figure.target === undefined ? '' : ` (target ${figure.better === 'higher' ? '≥' : '≤'} ${figure.target}x: ${met ? 'met' : 'NOT met'})`;
  console.log(`[${figure.bench}] ${figure.name}: ${formatValue(figure.value)} ${figure.unit}${floor}${target}`);
}

export function recordCheck(check: Check): void {
  write({ kind: 'check', ...check });
  console.log(`[${check.bench}] check ${check.name}: ${check.ok ? 'OK' : 'FAILED'} (${check.detail})`);
}

export function formatValue(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
