import { FACT_EVENT_TYPES, type Counts, type FactEventType, type Modality, type Party, type Place, partyCode } from '../../../domain/facts/fact-events.js';
import { modalityClass } from '../../../domain/facts/modality-class.js';
import type { PartialDate } from '../../../domain/shared/partial-date.js';
import type { ExtractedFact, ExtractionInput } from '../extracted-fact.js';
import type { LabelledDocument, LabelledFact } from './labelled-set.js';

export type Extractor = (input: ExtractionInput) => readonly ExtractedFact[];

export interface Score {
  readonly expected: number;
  readonly predicted: number;
  readonly truePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface FieldAccuracy {
  readonly correct: number;
  readonly total: number;
  /** 1 when nothing was checked. */
  readonly accuracy: number;
}

export interface Discrepancy {
  readonly documentId: string;
  readonly kind: 'missed' | 'spurious' | 'field';
  readonly description: string;
}

export interface EvaluationReport {
  readonly documents: number;
  readonly perType: Readonly<Record<FactEventType, Score>>;
  /** Matched on type, actor country, target country and modality class. */
  readonly overall: Score;
  /** Matched as above, with counts, occurredOn and effectiveOn right as well. */
  readonly strict: Score;
  readonly fields: {
    readonly actorName: FieldAccuracy;
    readonly modality: FieldAccuracy;
    readonly counts: FieldAccuracy;
    readonly occurredOn: FieldAccuracy;
    readonly effectiveOn: FieldAccuracy;
    readonly places: FieldAccuracy;
  };
  readonly discrepancies: readonly Discrepancy[];
}

/** What one document says about one fact, all its mentions taken together. */
interface Reported {
  readonly type: FactEventType;
  readonly actor: Party;
  readonly target: Party;
  readonly modality: Modality;
  readonly counts: Counts | null;
  readonly occurredOn: PartialDate | null;
  readonly effectiveOn: PartialDate | null;
  readonly places: readonly Place[];
}

/** Talks have no direction: Russia meeting the US is the US meeting Russia. */
function keyOf(type: FactEventType, actor: string, target: string, modality: Modality): string {
  const [a, b] = type === 'TalksHeld' && target < actor ? [target, actor] : [actor, target];
  return `${type}|${a}|${b}|${modalityClass(modality)}`;
}

/**
 * A fact a document reports several times counts once, with the first value each mention
 * gives (the ledger, too, folds re-reports into one fact as corroborations).
 */
function consolidate(facts: readonly ExtractedFact[]): Map<string, Reported> {
  const byKey = new Map<string, Reported>();
  for (const f of [...facts].sort((x, y) => x.provenance.start - y.provenance.start)) {
    const v = f.values;
    const key = keyOf(f.type, partyCode(v.actor), partyCode(v.target), v.modality);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { type: f.type, actor: v.actor, target: v.target, modality: v.modality, counts: v.counts, occurredOn: v.validTime.occurredOn, effectiveOn: v.validTime.effectiveOn, places: v.places });
      continue;
    }
    const c = seen.counts;
    const counts =
      c === null || v.counts === null
        ? (c ?? v.counts)
        : { from: c.from ?? v.counts.from, to: c.to ?? v.counts.to, change: c.change ?? v.counts.change, approximate: c.approximate || v.counts.approximate };
    byKey.set(key, {
      ...seen,
      actor: seen.actor.name === null && seen.actor.country === v.actor.country ? v.actor : seen.actor,
      counts,
      occurredOn: seen.occurredOn ?? v.validTime.occurredOn,
      effectiveOn: seen.effectiveOn ?? v.validTime.effectiveOn,
      places: [...seen.places, ...v.places.filter((p) => !seen.places.some((q) => q.name === p.name))],
    });
  }
  return byKey;
}

const normalName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const sameDate = (x: PartialDate | null, y: PartialDate | null): boolean => x?.value === y?.value && x?.precision === y?.precision;
const sameCounts = (x: Counts | null, y: Counts | null): boolean =>
  x === null || y === null ? x === y : x.from === y.from && x.to === y.to && x.change === y.change && x.approximate === y.approximate;
const samePlaces = (expected: readonly string[], reported: readonly Place[]): boolean => {
  const a = new Set(expected.map(normalName));
  const b = new Set(reported.map((p) => normalName(p.name)));
  return a.size === b.size && [...a].every((n) => b.has(n));
};

const score = (expected: number, predicted: number, truePositives: number): Score => {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, predicted, truePositives, precision, recall, f1 };
};

class Tally {
  correct = 0;
  total = 0;
  check(ok: boolean): boolean {
    this.total++;
    if (ok) this.correct++;
    return ok;
  }
  result(): FieldAccuracy {
    return { correct: this.correct, total: this.total, accuracy: this.total === 0 ? 1 : this.correct / this.total };
  }
}

const describe = (f: { type: string; modality: string }, actor: string, target: string): string => `${f.type} ${actor}→${target} (${f.modality})`;

/**
 * Scores an extractor against labelled documents: precision, recall and F1 per event type and
 * overall, where a match is the same type, actor country, target country and modality class
 * in the same document; then, on matched facts, how often the actor's name, the modality,
 * the counts, both dates and the places are right.
 */
export function evaluate(documents: readonly LabelledDocument[], extractor: Extractor): EvaluationReport {
  const counts = new Map<FactEventType, { expected: number; predicted: number; tp: number }>(FACT_EVENT_TYPES.map((t) => [t, { expected: 0, predicted: 0, tp: 0 }]));
  const fields = { actorName: new Tally(), modality: new Tally(), counts: new Tally(), occurredOn: new Tally(), effectiveOn: new Tally(), places: new Tally() };
  const discrepancies: Discrepancy[] = [];
  let strictTp = 0;

  for (const doc of documents) {
    const reported = consolidate(extractor(doc.input));
    const expected = new Map<string, LabelledFact>();
    for (const e of doc.expected) {
      const key = keyOf(e.type, e.actor, e.target, e.modality);
      if (expected.has(key)) throw new Error(`Labelled set, ${doc.id}: two labels for ${key}`);
      expected.set(key, e);
    }
    for (const [key, e] of expected) {
      counts.get(e.type)!.expected++;
      const r = reported.get(key);
      if (r === undefined) {
        discrepancies.push({ documentId: doc.id, kind: 'missed', description: describe(e, e.actor, e.target) });
        continue;
      }
      counts.get(e.type)!.tp++;
      const problems: string[] = [];
      if (e.actorName !== undefined && !fields.actorName.check(r.actor.name !== null && normalName(r.actor.name) === normalName(e.actorName))) problems.push(`actor name ${r.actor.name} ≠ ${e.actorName}`);
      if (!fields.modality.check(r.modality === e.modality)) problems.push(`modality ${r.modality} ≠ ${e.modality}`);
      const countsOk = fields.counts.check(sameCounts(r.counts, e.counts));
      if (!countsOk) problems.push(`counts ${JSON.stringify(r.counts)} ≠ ${JSON.stringify(e.counts)}`);
      const occurredOk = fields.occurredOn.check(sameDate(r.occurredOn, e.occurredOn));
      if (!occurredOk) problems.push(`occurredOn ${r.occurredOn?.value ?? null} ≠ ${e.occurredOn?.value ?? null}`);
      const effectiveOk = fields.effectiveOn.check(sameDate(r.effectiveOn, e.effectiveOn));
      if (!effectiveOk) problems.push(`effectiveOn ${r.effectiveOn?.value ?? null} ≠ ${e.effectiveOn?.value ?? null}`);
      if (!fields.places.check(samePlaces(e.places, r.places))) problems.push(`places [${r.places.map((p) => p.name).join(', ')}] ≠ [${e.places.join(', ')}]`);
      if (countsOk && occurredOk && effectiveOk) strictTp++;
      if (problems.length > 0) discrepancies.push({ documentId: doc.id, kind: 'field', description: `${describe(e, e.actor, e.target)}: ${problems.join('; ')}` });
    }
    for (const [key, r] of reported) {
      counts.get(r.type)!.predicted++;
      if (!expected.has(key)) discrepancies.push({ documentId: doc.id, kind: 'spurious', description: describe(r, partyCode(r.actor), partyCode(r.target)) });
    }
  }

  const perType = Object.fromEntries([...counts].map(([t, c]) => [t, score(c.expected, c.predicted, c.tp)])) as Record<FactEventType, Score>;
  const total = [...counts.values()].reduce((s, c) => ({ expected: s.expected + c.expected, predicted: s.predicted + c.predicted, tp: s.tp + c.tp }), { expected: 0, predicted: 0, tp: 0 });
  return {
    documents: documents.length,
    perType,
    overall: score(total.expected, total.predicted, total.tp),
    strict: score(total.expected, total.predicted, strictTp),
    fields: {
      actorName: fields.actorName.result(),
      modality: fields.modality.result(),
      counts: fields.counts.result(),
      occurredOn: fields.occurredOn.result(),
      effectiveOn: fields.effectiveOn.result(),
      places: fields.places.result(),
    },
    discrepancies,
  };
}
