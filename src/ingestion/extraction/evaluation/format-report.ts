import { FACT_EVENT_TYPES } from '../../../domain/facts/fact-events.js';
import type { EvaluationReport, FieldAccuracy, Score } from './evaluate.js';

const pct = (x: number): string => x.toFixed(2);
const pad = (s: string | number, n: number): string => String(s).padStart(n);

const scoreRow = (label: string, s: Score): string =>
  `${label.padEnd(30)}${pad(s.expected, 6)}${pad(s.predicted, 6)}${pad(s.truePositives, 6)}${pad(pct(s.precision), 7)}${pad(pct(s.recall), 7)}${pad(pct(s.f1), 7)}`;

const fieldRow = (label: string, f: FieldAccuracy): string => `  ${label.padEnd(14)}${pad(`${f.correct}/${f.total}`, 9)}${pad(pct(f.accuracy), 7)}`;

/** The evaluation as a plain-text table; with `details`, every miss, spurious fact and wrong field. */
export function formatReport(title: string, report: EvaluationReport, details = false): string {
  const lines = [
    `${title} — ${report.documents} documents`,
    `${'type'.padEnd(30)}${pad('exp', 6)}${pad('pred', 6)}${pad('tp', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`,
    ...FACT_EVENT_TYPES.filter((t) => report.perType[t].expected + report.perType[t].predicted > 0).map((t) => scoreRow(t, report.perType[t])),
    scoreRow('all (type+actor+target)', report.overall),
    scoreRow('strict (+counts, dates)', report.strict),
    'field accuracy on matched facts:',
    fieldRow('actor name', report.fields.actorName),
    fieldRow('modality', report.fields.modality),
    fieldRow('counts', report.fields.counts),
    fieldRow('occurredOn', report.fields.occurredOn),
    fieldRow('effectiveOn', report.fields.effectiveOn),
    fieldRow('places', report.fields.places),
  ];
  if (details) for (const d of report.discrepancies) lines.push(`  ${d.kind.padEnd(9)} ${d.documentId}: ${d.description}`);
  return lines.join('\n');
}
