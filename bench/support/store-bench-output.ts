import type { ReportLine } from './bench-report.js';

/**
 * The figures of bench/store.bench.ts, read from what it prints (its uncontended table and its
 * read check), so the report has them without the bench itself changing.
 */
export function parseStoreBench(stdout: string): ReportLine[] {
  const lines: ReportLine[] = [];
  const number = (text: string): number => Number(text.replaceAll(',', ''));
  const row = /^\| ([^|]+?) \| ([\d,]+) \| ([\d,]+) \| [\d.]+ \(≥ ([\d.]+)\) \| [\d,]+ \| [\d.]+ \|$/gm;
  for (const [, name, ours, baseline, target] of stdout.matchAll(row)) {
    lines.push({
      kind: 'figure',
      bench: 'store',
      name: name!,
      value: number(ours!),
      unit: 'events/s',
      better: 'higher',
      floor: { name: 'plain table, same indexes', value: number(baseline!) },
      target: Number(target),
    });
  }
  const check = /^read check: (.*): (OK|FAILED)$/m.exec(stdout);
  lines.push({
    kind: 'check',
    bench: 'store',
    name: 'global read returns every written event once, in order',
    ok: check?.[2] === 'OK',
    detail: check?.[1] ?? 'no read check printed',
  });
  return lines;
}
