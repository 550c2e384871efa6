import { modalityClass } from '../../../domain/facts/modality-class.js';
import type { Party } from '../../../domain/facts/fact-events.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { absorb, type DraftFact } from '../facts/draft-fact.js';
import { fillTarget, sameKey } from '../facts/sentence-facts.js';

/** How far back (in sentences) "the consulate", "it" or a repeated report still reach. */
const REACH = 2;

const complete = (d: DraftFact): boolean => d.actor !== null && d.target !== null && d.actor.country !== d.target.country;

/**
 * The facts of one document as its sentences are read, and how a new sentence's facts join
 * them: a sentence that names no party but continues an act ("The consulate ... was ordered
 * to be closed on Saturday") completes it, and the same fact reported again in the next
 * sentence grows it, so one fact quotes both. Neither reaches across a heading, a caption or
 * a separate digest item.
 */
export class FactThreads {
  private readonly facts: DraftFact[] = [];
  private sentence = 0;
  private barrier = 0;

  get current(): number {
    return this.sentence;
  }

  startSegment(continuesPrevious: boolean): void {
    if (!continuesPrevious) this.barrier = this.sentence;
  }

  nextSentence(): void {
    this.sentence++;
  }

  /** Facts whose last sentence is still within reach of the current one. */
  recent(): DraftFact[] {
    const from = Math.max(this.barrier, this.sentence - REACH);
    return this.facts.filter((f) => f.lastSentence >= from);
  }

  latest(type: DraftFact['type'] | null): DraftFact | undefined {
    return this.recent()
      .reverse()
      .find((f) => type === null || f.type === type);
  }

  /**
   * Adds the sentence's facts. `quoted` is the speaker when the sentence continues a quote:
   * an act with no named actor in it is the speaker's.
   */
  add(a: SentenceAnalysis, drafts: readonly DraftFact[], quoted: Party | null): void {
    for (const d of drafts) {
      const earlier = this.latest(d.type);
      if (!complete(d)) {
        const compatible = earlier !== undefined && (d.actor === null || d.actor.country === earlier.actor?.country) && (d.target === null || d.target.country === earlier.target?.country);
        if (compatible && modalityClass(d.modality) === modalityClass(earlier.modality)) {
          absorb(earlier, d);
          continue;
        }
        if (compatible) {
          if (d.actor === null) [d.actor, d.actorInferred] = [earlier.actor, true];
          if (d.target === null) [d.target, d.targetInferred] = [earlier.target, true];
        } else if (d.actor === null && quoted !== null) {
          [d.actor, d.actorInferred] = [quoted, true];
          fillTarget(a, d, drafts);
        }
      } else if (earlier !== undefined && earlier.lastSentence === this.sentence - 1 && sameKey(earlier, d)) {
        absorb(earlier, d);
        continue;
      }
      this.facts.push(d);
    }
  }

  push(d: DraftFact): void {
    this.facts.push(d);
  }

  /** Every fact with both sides known, in text order; `fill` may supply a last missing side first. */
  finish(fill: (d: DraftFact, all: readonly DraftFact[]) => void): DraftFact[] {
    for (const d of this.facts) fill(d, this.facts);
    return this.facts.filter(complete).sort((x, y) => x.start - y.start);
  }
}
