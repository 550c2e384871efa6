import type { FactEventType, Modality } from '../../../domain/facts/fact-events.js';

/** Where a rule found an event in a sentence, as token indexes. */
export interface TriggerMatch {
  readonly type: FactEventType;
  /** The word that names the act; modality cues are read before it. */
  readonly head: number;
  /** First token of the predicate, including a governing order verb ("ordered ... to close"). */
  readonly start: number;
  /** One past the last token of the predicate and its theme. */
  readonly end: number;
  /** What is acted on: the people noun, the facility, the ambassador; -1 when unnamed. */
  readonly theme: number;
  readonly passive: boolean;
  /** The act is named by a noun ("the expulsion of", "sanctions on") rather than a verb. */
  readonly nominal: boolean;
  /** How sure the wording alone makes the event, 0..1. */
  readonly strength: number;
  /** A status the wording itself carries, read instead of the cues before it ("may not return" is a departure ordered). */
  readonly modality?: Modality;
}
