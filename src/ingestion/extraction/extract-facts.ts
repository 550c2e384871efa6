import { modalityClass } from '../../domain/facts/modality-class.js';
import { analyseSentence, mayStateEvent, readNames, type SentenceNames } from './analysis/sentence-analysis.js';
import { documentSegments } from './document-segments.js';
import { FactThreads } from './discourse/fact-threads.js';
import { partyOf } from './gazetteer/organisations.js';
import { elaborate, rejectionOf } from './discourse/follow-ups.js';
import { QuoteSpeaker } from './discourse/quote-speaker.js';
import { CountrySalience } from './discourse/salience.js';
import { REFERRING_BACK, STATE_GROUP_NOUNS } from './lexicon/party-words.js';
import type { ExtractedFact, ExtractionInput } from './extracted-fact.js';
import { cameoCode } from './facts/cameo.js';
import type { DraftFact } from './facts/draft-fact.js';
import { sentenceFacts } from './facts/sentence-facts.js';
import { splitSentences } from './text/sentences.js';

/**
 * Longer "sentences" are lists, tables or junk, never one statement of a news text; their
 * analysis grows faster than their length, so one hostile run-on would hold the event loop.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** A side taken from context rather than named with the act lowers confidence by this factor. */
const INFERRED_PARTY_FACTOR = 0.8;

function toExtracted(d: DraftFact, input: ExtractionInput): ExtractedFact {
  const confidence = d.strength * (d.actorInferred ? INFERRED_PARTY_FACTOR : 1) * (d.targetInferred ? INFERRED_PARTY_FACTOR : 1);
  return {
    type: d.type,
    values: {
      actor: partyOf(d.actor!.country!, d.actor!.name),
      target: partyOf(d.target!.country!, d.target!.name),
      counts: d.counts,
      places: d.places,
      validTime: d.validTime,
      modality: d.modality,
      cameo: cameoCode(d.type, d.modality),
      detail: d.detail,
    },
    provenance: { documentId: input.documentId, quote: input.text.slice(d.start, d.end), start: d.start, end: d.end },
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** The topic of a sentence that opens with a number of states it leaves unnamed ("At least 21 countries ..."). */
const UNNAMED_STATES = '';
const DASHES = new Set(['-', '—', '–']);

/**
 * The country of a sentence's subject: its first party, when the sentence opens with it. A
 * sentence about "21 countries" is about no one state, and neither is the "they" after it.
 */
function subjectOf(a: SentenceNames): string | null {
  const first = a.chunks.find((c) => c.country !== null && c.role !== 'location');
  if (first !== undefined && first.start <= 3) return first.country;
  const group = a.lower.slice(0, 5).findIndex((w) => STATE_GROUP_NOUNS.has(w));
  // A dateline ("BRUSSELS — Twenty-seven countries ...") is where the report was filed, not a subject.
  const named = group !== -1 && a.chunks.some((c) => c.start < group && !DASHES.has(a.lower[c.end] ?? ''));
  return group !== -1 && !named && !REFERRING_BACK.has(a.lower[group - 1] ?? '') ? UNNAMED_STATES : null;
}

/**
 * Reads the diplomatic facts an English news text states. Rules and dictionaries only: every
 * fact quotes the sentence(s) it comes from, and fields the text leaves open stay null. A
 * side the sentence does not name is taken, in this order, from the sentence around the act,
 * from the act it continues, from the quoted speaker, and last from the country the document
 * names most; a fact with a side still unknown is dropped rather than guessed.
 */
export function extractFacts(input: ExtractionInput): ExtractedFact[] {
  const { text } = input;
  const threads = new FactThreads();
  const salience = new CountrySalience();
  const speaker = new QuoteSpeaker();
  // The party the previous sentence of the segment is about: who acts in an agentless passive
  // that follows it ("Bolivia's president threatens ... Ambassadors of France and Spain are summoned").
  const topicOf = new Map<DraftFact, string>();
  for (const segment of input.segments ?? documentSegments(text, input.publishedAt, input.kind)) {
    threads.startSegment(segment.continuesPrevious);
    let topic: string | null = null;
    for (const span of splitSentences(text, segment.start, segment.end)) {
      if (span.end - span.start > MAX_SENTENCE_CHARS) {
        threads.nextSentence();
        continue;
      }
      if (!mayStateEvent(text, span.start, span.end)) {
        const names = readNames(text, span.start, span.end, segment.referenceDate);
        salience.add(names);
        speaker.read(names);
        topic = subjectOf(names) ?? topic;
        threads.nextSentence();
        continue;
      }
      const a = analyseSentence(text, span.start, span.end, segment.referenceDate);
      salience.add(a);
      const quoted = speaker.read(a);
      const drafts = sentenceFacts(a, threads.current, segment, text);
      if (topic !== null) for (const d of drafts) if (d.actor === null) topicOf.set(d, topic);
      topic = subjectOf(a) ?? topic;
      threads.add(a, drafts, quoted);
      const rejection = rejectionOf(a, threads.current, segment, threads.recent());
      if (rejection !== null) threads.push(rejection);
      if (drafts.length === 0 && rejection === null) elaborate(a, threads.current, threads.latest(null));
      threads.nextSentence();
    }
  }
  // Parties of the same act in the same words ("Brazil and the Netherlands withdrew their
  // ambassadors") are on one side: never each other's missing side.
  const sameSide = (d: DraftFact, all: readonly DraftFact[], side: 'actor' | 'target'): Set<string | null> =>
    new Set(all.filter((x) => x.type === d.type && x.start === d.start).map((x) => x[side]?.country ?? null));
  // "expelling 10 diplomats of the three Baltic states ... four of Lithuania, three of Latvia and
  // three of Estonia": an act on unnamed states that the text breaks down by name elsewhere sums
  // those acts; guessing one state for it would double one of them with the total's figure.
  const summarises = (d: DraftFact, all: readonly DraftFact[]): boolean =>
    all.some((x) => x !== d && x.type === d.type && x.actor?.country === d.actor?.country && x.target !== null && !x.targetInferred && modalityClass(x.modality) === modalityClass(d.modality));
  const fill = (d: DraftFact, all: readonly DraftFact[]): void => {
    if (d.target === null && d.actor !== null) {
      if (summarises(d, all)) return;
      const country = salience.mostNamedBesides(sameSide(d, all, 'actor'));
      if (country !== null) [d.target, d.targetInferred] = [{ country, organisation: null, name: null }, true];
    } else if (d.actor === null && d.target !== null) {
      const others = sameSide(d, all, 'target');
      const topic = topicOf.get(d);
      // "The expulsion of Russian diplomats drew a sharp reply": an act named only by a noun, with
      // no one who made it, is no act of the country the text names most.
      if (topic === UNNAMED_STATES || d.nominal) return;
      const country = topic !== undefined && !others.has(topic) ? topic : salience.mostNamedBesides(others);
      if (country !== null) [d.actor, d.actorInferred] = [{ country, organisation: null, name: null }, true];
    }
  };
  return withdrawnActs(threads.finish(fill)).map((d) => toExtracted(d, input));
}

/**
 * "Erdogan rowed back from his threat to expel the envoys ... he had declared them persona non
 * grata": what a party retreated from did not happen, wherever else the text states it.
 */
function withdrawnActs(facts: DraftFact[]): DraftFact[] {
  for (const w of facts.filter((f) => f.withdrawn === true)) {
    for (const f of facts) {
      if (f.type === w.type && f.actor?.country === w.actor?.country && modalityClass(f.modality) === 'actual') f.modality = 'negated';
    }
  }
  return facts;
}
