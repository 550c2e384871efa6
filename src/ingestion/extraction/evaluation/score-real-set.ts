import { refineFactValues } from '../../../domain/facts/fact-compatibility.js';
import type { FactValues } from '../../../domain/facts/fact-events.js';
import { identityKeyOf, identityStreamId } from '../../../domain/facts/fact-identity.js';
import { resolveReport } from '../../../domain/facts/fact-resolution.js';
import { happened } from '../../../domain/facts/modality-class.js';
import type { ExtractedFact, ExtractionInput } from '../extracted-fact.js';
import type { GoldFact, RealText } from './real-set.js';

/**
 * Scores the extractor on a real labelled set with the rules of the outside scorer
 * (shared/tools/score-extraction): a gold fact matches an extracted one of the same type
 * family whose actor and target countries agree; background and optional facts are neither
 * rewarded nor penalised; facts whose status says they did not happen (threatened, denied,
 * vetoed, ...) are statements, neither a match nor an extra. Extracted facts are first folded
 * into the facts the ledger would hold (one per fact id, compatible reports refining it).
 */

/** Type families by words in a lower-cased type name; first match wins (as the outside scorer). */
const FAMILIES: readonly (readonly [string, readonly string[]])[] = [
  ['reopen', ['reopen']],
  ['restore', ['restor', 'resum', 'reestablish', 'normali']],
  ['ease', ['eased', 'easing', 'lift']],
  ['recall', ['recall', 'withdraw']],
  ['summon', ['summon']],
  ['detain', ['detain', 'arrest']],
  ['travel', ['travel', 'movement']],
  ['hiring', ['hiring', 'hire']],
  ['expel', ['expel', 'persona', 'departure', 'leave']],
  ['staff', ['staff', 'reduction', 'cap', 'parity']],
  ['closure', ['clos', 'shut', 'institution']],
  ['seize', ['seiz', 'confiscat', 'raid', 'enter']],
  ['sanction', ['sanction', 'entryban', 'ban']],
  ['downgrade', ['downgrad']],
  ['relations', ['relation', 'suspend', 'break', 'sever', 'contact']],
  ['talks', ['talk', 'meet', 'call']],
];

export const typeFamily = (type: string): string => {
  const t = type.toLowerCase();
  return FAMILIES.find(([, words]) => words.some((w) => t.includes(w)))?.[0] ?? t;
};

interface Held {
  readonly type: string;
  values: FactValues;
  readonly start: number;
  readonly end: number;
}

interface HeldFact extends Held {
  readonly factId: string;
  readonly key: string;
  readonly quotes: string[];
}

/**
 * The facts this document touches in a ledger that already holds `held` (the facts of the texts
 * posted before it, as the outside scorer posts a whole set into one fresh service), in the
 * order first reported: each report resolved against the facts already held, as ingestion
 * resolves it (a report without a date of its own is anchored on or before the publication, or
 * when the document gives none, the day it is recorded). `held` grows with the new facts.
 */
export function heldFacts(extracted: readonly ExtractedFact[], publishedAt: string | null, held: HeldFact[] = [], recordedAt = new Date()): Held[] {
  // Each fact touched, with where this document first reports it.
  const touched = new Map<HeldFact, { start: number; end: number }>();
  const touch = (h: HeldFact, f: ExtractedFact): void => {
    if (!touched.has(h)) touched.set(h, { start: f.provenance.start, end: f.provenance.end });
  };
  const anchor = (publishedAt ?? recordedAt.toISOString()).slice(0, 10);
  for (const f of extracted) {
    const occurredBy = f.values.validTime.occurredBy ?? anchor;
    const values: FactValues = { ...f.values, validTime: { ...f.values.validTime, occurredBy } };
    const key = identityStreamId(identityKeyOf(f.type, values));
    const candidates = held.filter((h) => h.key === key).map((h) => ({ factId: h.factId, recorded: h.values, quotes: h.quotes }));
    const resolution = resolveReport({ values, quote: f.provenance.quote }, candidates);
    const matched = held.find((h) => h.factId === resolution.matchedFactId);
    if (matched === undefined) {
      const fresh = { type: f.type, values, start: f.provenance.start, end: f.provenance.end, factId: `held-${held.length}`, key, quotes: [f.provenance.quote] };
      held.push(fresh);
      touch(fresh, f);
      continue;
    }
    matched.quotes.push(f.provenance.quote);
    if (resolution.decision === 'corroborates') matched.values = refineFactValues(matched.values, values);
    touch(matched, f);
  }
  return [...touched].map(([h, at]) => ({ type: h.type, values: h.values, ...at }));
}

const countsOf = (v: FactValues): number[] => [v.counts?.change, v.counts?.to, v.counts?.from].filter((n): n is number => typeof n === 'number');

const fits = (w: GoldFact, x: Held): boolean => {
  const families = new Set([w.type, ...(w.alt_types ?? [])].map(typeFamily));
  const actor = w.actor?.country ?? null;
  return (
    families.has(typeFamily(x.type)) &&
    (actor === null || x.values.actor.country === actor) &&
    (!w.target || x.values.target.country === w.target)
  );
};

const tier = (w: GoldFact, x: Held): number => (x.type === w.type ? 0 : (w.alt_types ?? []).includes(x.type) ? 1 : 2);

const dayOf = (v: FactValues): string | null => (v.validTime.occurredOn ?? v.validTime.effectiveOn)?.value ?? null;

/** Whether a partial date (2017, 2017-08, 2017-08-31) lies within 14 days of the gold day. */
function dateAgrees(gold: string, got: string | null): boolean {
  if (got === null) return false;
  const day = Date.parse(gold);
  const [y, m, d] = got.split('-').map(Number) as [number, number | undefined, number | undefined];
  const lo = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const hi = d ? lo : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  const slack = 14 * 86_400_000;
  return day >= lo - slack && day <= hi + slack;
}

/** Pairs gold facts with held ones: exact types first, then alt types, then the family (as the outside scorer). */
function assign(want: readonly GoldFact[], got: readonly Held[]): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const maxTier of [0, 1, 2]) {
    want.forEach((w, wi) => {
      if (out.has(wi)) return;
      const rank = (i: number): number[] => {
        const x = got[i]!;
        const countMiss = w.count != null && !countsOf(x.values).includes(w.count) ? 1 : 0;
        const dateMiss = w.occurredOn ? (dateAgrees(w.occurredOn, dayOf(x.values)) ? 0 : 1) : 0;
        return [tier(w, x), countMiss, dateMiss, i];
      };
      const candidates = got.map((_, i) => i).filter((i) => !used.has(i) && fits(w, got[i]!) && tier(w, got[i]!) <= maxTier);
      if (candidates.length === 0) return;
      const best = candidates.reduce((a, b) => (compare(rank(a), rank(b)) <= 0 ? a : b));
      out.set(wi, best);
      used.add(best);
    });
  }
  return out;
}

const compare = (a: readonly number[], b: readonly number[]): number => a.reduce((r, x, i) => r || x - b[i]!, 0);

export interface TypeScore {
  expected: number;
  predicted: number;
  matched: number;
}

export interface RealSetScore {
  texts: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold counts checked (a gold 1 against no stated count is not checked) and right. */
  counted: number;
  countsRight: number;
  /** Matched facts with a gold occurredOn, and those whose valid time agrees within 14 days. */
  dated: number;
  datesRight: number;
  /** Gold facts for which a fact of the type family was extracted, and of those, right actor and right target. */
  familyFound: number;
  actorRight: number;
  targetRight: number;
  /** Labelled non-events whose words gave a fact that happened and matched nothing. */
  nonEvents: number;
  nonEventsExtracted: number;
  byType: Map<string, TypeScore>;
  lines: string[];
}

export function scoreRealSet(texts: readonly RealText[], extract: (input: ExtractionInput) => ExtractedFact[]): RealSetScore {
  const s: RealSetScore = {
    texts: texts.length,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    counted: 0,
    countsRight: 0,
    dated: 0,
    datesRight: 0,
    familyFound: 0,
    actorRight: 0,
    targetRight: 0,
    nonEvents: 0,
    nonEventsExtracted: 0,
    byType: new Map(),
    lines: [],
  };
  const typeScore = (type: string): TypeScore => {
    const found = s.byType.get(type) ?? { expected: 0, predicted: 0, matched: 0 };
    s.byType.set(type, found);
    return found;
  };
  const ledger: HeldFact[] = [];
  for (const { gold, body, publishedAt } of texts) {
    const name = gold.file.slice(0, 16);
    const held = heldFacts(extract({ documentId: gold.file, text: body, publishedAt }), publishedAt, ledger);
    const got = held.filter((x) => happened(x.values.modality));
    for (const x of held) if (!happened(x.values.modality)) s.lines.push(`${name} STATEMENT ${x.type} ${x.values.actor.country}->${x.values.target.country} (${x.values.modality})`);
    const want = gold.facts.filter((f) => !f.background);
    const pairs = assign(want, got);
    want.forEach((w, wi) => {
      typeScore(w.type).expected++;
      const sameFamily = got.find((x) => [w.type, ...(w.alt_types ?? [])].map(typeFamily).includes(typeFamily(x.type)));
      if (sameFamily !== undefined) {
        s.familyFound++;
        if (!w.actor?.country || sameFamily.values.actor.country === w.actor.country) s.actorRight++;
        if (!w.target || sameFamily.values.target.country === w.target) s.targetRight++;
      }
      const hit = pairs.get(wi);
      if (hit === undefined) {
        s.falseNegatives++;
        s.lines.push(`${name} MISSED ${w.type} ${w.actor?.country ?? '-'}->${w.target ?? '-'}`);
        return;
      }
      s.truePositives++;
      typeScore(w.type).matched++;
      const x = got[hit]!;
      if (w.count != null && !(w.count === 1 && countsOf(x.values).length === 0)) {
        s.counted++;
        if (countsOf(x.values).includes(w.count)) s.countsRight++;
        else s.lines.push(`${name} COUNT ${w.type} gold ${w.count} got ${countsOf(x.values).join(',') || '-'}`);
      }
      if (w.occurredOn) {
        s.dated++;
        if (dateAgrees(w.occurredOn, dayOf(x.values))) s.datesRight++;
      }
    });
    const used = new Set(pairs.values());
    const extra = got.filter((_, i) => !used.has(i));
    for (const x of got) typeScore(x.type).predicted++;
    const neutral = (gold.optional_facts?.length ?? 0) + gold.facts.filter((f) => f.background).length;
    s.falsePositives += Math.max(0, extra.length - neutral);
    for (const x of extra) s.lines.push(`${name} EXTRA ${x.type} ${x.values.actor.country}->${x.values.target.country} «${body.slice(x.start, Math.min(x.end, x.start + 100))}»`);
    for (const nonEvent of gold.non_events ?? []) {
      s.nonEvents++;
      const at = body.indexOf(nonEvent.quote);
      const end = at + nonEvent.quote.length;
      if (at >= 0 && extra.some((x) => x.start < end && x.end > at)) {
        s.nonEventsExtracted++;
        s.lines.push(`${name} NON-EVENT extracted: ${nonEvent.quote.slice(0, 100)}`);
      }
    }
  }
  s.precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
  s.recall = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
  s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  return s;
}
