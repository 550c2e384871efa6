import type { Counts, FactEventType, Modality, Party, Place, ValidTime } from '../../../domain/facts/fact-events.js';
import { addPlace } from './places.js';

/**
 * A fact while the extractor is still assembling it: parties may be missing until the
 * discourse around the sentence supplies them, and the quoted span may still grow.
 */
export interface DraftFact {
  readonly type: FactEventType;
  actor: Party | null;
  target: Party | null;
  /** The party was not named where the act is: taken from context, at lower confidence. */
  actorInferred: boolean;
  targetInferred: boolean;
  counts: Counts | null;
  places: Place[];
  validTime: ValidTime;
  modality: Modality;
  detail: string | null;
  /** Confidence the wording gives before parties are inferred. */
  strength: number;
  /** Named by a noun ("the cap", "the expulsion") rather than a verb. */
  readonly nominal: boolean;
  /** Index of the last sentence quoted: how far back later sentences may still refer to it. */
  lastSentence: number;
  /** The act was threatened or begun and then retreated from ("rowed back from his threat to expel"). */
  withdrawn?: boolean;
  /** Character offsets of the quote. */
  start: number;
  end: number;
}

/** Merges what `later` adds to `into` (same fact, reported again nearby): fills gaps, never overwrites. */
export function absorb(into: DraftFact, later: DraftFact): void {
  into.actor ??= later.actor;
  into.target ??= later.target;
  if (later.counts !== null) {
    const c = into.counts;
    into.counts =
      c === null
        ? later.counts
        : {
            from: c.from ?? later.counts.from,
            to: c.to ?? later.counts.to,
            change: c.change ?? later.counts.change,
            approximate: c.approximate || later.counts.approximate,
          };
  }
  for (const p of later.places) addPlace(into.places, p);
  into.validTime = {
    occurredOn: into.validTime.occurredOn ?? later.validTime.occurredOn,
    effectiveOn: into.validTime.effectiveOn ?? later.validTime.effectiveOn,
  };
  into.detail ??= later.detail;
  into.strength = Math.max(into.strength, later.strength);
  into.lastSentence = Math.max(into.lastSentence, later.lastSentence);
  into.start = Math.min(into.start, later.start);
  into.end = Math.max(into.end, later.end);
}
