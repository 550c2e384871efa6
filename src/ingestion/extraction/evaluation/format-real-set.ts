import type { RealSetScore } from './score-real-set.js';

const f = (x: number): string => x.toFixed(2);
const ratio = (right: number, of: number): string => `${right}/${of} (${of === 0 ? '-' : f(right / of)})`;

/** The report `npm run eval:extraction` prints for one real set. */
export function formatRealSetScore(title: string, s: RealSetScore, details: boolean): string {
  const out = [
    `${title}: ${s.texts} texts`,
    `F1 ${f(s.f1)} (precision ${f(s.precision)}, recall ${f(s.recall)}; tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives})`,
    `counts right ${ratio(s.countsRight, s.counted)}; dates right ${ratio(s.datesRight, s.dated)}`,
    `type family found ${s.familyFound}: actor right ${ratio(s.actorRight, s.familyFound)}, target right ${ratio(s.targetRight, s.familyFound)}`,
    `non-events extracted as facts: ${s.nonEventsExtracted} of ${s.nonEvents}`,
    '',
    'type (gold)                        exp  pred    tp      P      R     F1',
  ];
  for (const [type, t] of [...s.byType].sort((a, b) => b[1].expected - a[1].expected)) {
    const p = t.predicted === 0 ? 0 : Math.min(1, t.matched / t.predicted);
    const r = t.expected === 0 ? 0 : t.matched / t.expected;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    out.push(`${type.padEnd(33)}${String(t.expected).padStart(5)}${String(t.predicted).padStart(6)}${String(t.matched).padStart(6)}${f(p).padStart(7)}${f(r).padStart(7)}${f(f1).padStart(7)}`);
  }
  if (details) out.push('', ...s.lines);
  return out.join('\n');
}
