import type { Modality } from '../../../domain/facts/fact-events.js';

/**
 * Words before an act that frame it. When several cues precede one act, the strongest
 * framing wins: a denial outweighs a threat, which outweighs an order or an announcement
 * ("said it would not expel" is negated; "would have to leave" is ordered).
 */
export interface ModalityCue {
  readonly words: readonly string[];
  readonly modality: Exclude<Modality, 'enacted'>;
  /** Modal verbs carry over to a coordinated verb ("could expel diplomats and impose sanctions"). */
  readonly modal: boolean;
  /** Frames the act only through an infinitive: "told London to cut", not "told Putin in their first call". */
  readonly needsTo: boolean;
}

const NEEDS_TO = new Set(['told', 'gave', 'giving', 'instructed']);

const CUES: readonly [string, Exclude<Modality, 'enacted'>, boolean?][] = [
  ['not', 'negated', true],
  ['never', 'negated', true],
  ['no longer', 'negated', true],
  ['no plans', 'negated'],
  ['no', 'negated'],
  ['denied', 'denied'],
  ['denies', 'denied'],
  ['deny', 'denied'],
  ['dismissed', 'denied'],
  ['refuted', 'denied'],
  ['refutes', 'denied'],
  ['refuting', 'denied'],
  ['contradicted', 'denied'],
  ['incorrect', 'denied'],
  ['untrue', 'denied'],
  ['baseless', 'denied'],
  ['short of', 'negated'],
  // A retreat from an act threatened or begun: "rowed back from his threat to expel" (see withdrawnActs).
  ['rowed back', 'negated'],
  ['rows back', 'negated'],
  ['stepped back', 'negated'],
  ['steps back', 'negated'],
  ['backed down', 'negated'],
  ['backs down', 'negated'],
  ['backed away', 'negated'],
  ['walked back', 'negated'],
  ['walks back', 'negated'],
  ['backtracked', 'negated'],
  ['abandoned', 'negated'],
  ['cancelled', 'negated'],
  ['canceled', 'negated'],
  ['called off', 'negated'],
  ['rejected', 'denied'],
  ['rejects', 'denied'],
  ['reject', 'denied'],
  ['refused', 'denied'],
  ['refuses', 'denied'],
  ['refuse', 'denied'],
  ['ruled out', 'denied'],
  ['rules out', 'denied'],
  ['vetoed', 'vetoed'],
  ['vetoes', 'vetoed'],
  ['veto', 'vetoed'],
  ['turned down', 'denied'],
  ['threatened', 'threatened'],
  ['threatens', 'threatened'],
  ['threaten', 'threatened'],
  ['threat', 'threatened'],
  ['warned', 'threatened'],
  ['warns', 'threatened'],
  ['vowed', 'threatened'],
  ['could', 'threatened', true],
  ['might', 'threatened', true],
  ['may', 'threatened', true],
  ['proposed', 'proposed'],
  ['proposes', 'proposed'],
  ['propose', 'proposed'],
  ['proposal', 'proposed'],
  ['recommended', 'proposed'],
  ['recommends', 'proposed'],
  ['recommend', 'proposed'],
  ['suggested', 'proposed'],
  ['suggests', 'proposed'],
  ['called for', 'demanded'],
  ['calls for', 'demanded'],
  ['call for', 'demanded'],
  ['calling for', 'demanded'],
  ['called on', 'demanded'],
  ['calls on', 'demanded'],
  ['call on', 'demanded'],
  ['calling on', 'demanded'],
  ['urged', 'demanded'],
  ['urges', 'demanded'],
  ['urging', 'demanded'],
  ['pressed', 'demanded'],
  ['debate', 'proposed'],
  // A vote still to come, or a resolution that binds no one: "before the council votes on sanctions".
  ['votes on', 'proposed'],
  ['vote on', 'proposed'],
  ['voting on', 'proposed'],
  ['non binding', 'proposed'],
  ['nonbinding', 'proposed'],
  // Talks about an act, or favouring it, are not the act: "talks to lift the embargo will begin".
  ['talks to', 'proposed'],
  ['talks on', 'proposed'],
  ['negotiations to', 'proposed'],
  ['negotiations on', 'proposed'],
  ['in favour of', 'proposed'],
  ['in favor of', 'proposed'],
  ['endorses', 'proposed'],
  ['endorsed', 'proposed'],
  ['seeks to', 'proposed'],
  ['hopes to', 'hypothetical'],
  ['motion', 'proposed'],
  ['whether', 'hypothetical'],
  // A consequence foreseen is not an act: "would likely result in the closure of its embassy".
  ['result in', 'hypothetical'],
  ['lead to', 'hypothetical'],
  ['likely', 'hypothetical', true],
  ['if', 'hypothetical'],
  ['unless', 'hypothetical'],
  ['should', 'hypothetical', true],
  ['would have', 'hypothetical', true],
  // Hedges: an act only possible is no act ("maybe we would expel", "the possible expulsion").
  ['maybe', 'hypothetical', true],
  ['perhaps', 'hypothetical', true],
  ['possibly', 'hypothetical', true],
  ['possible', 'hypothetical'],
  ['potential', 'hypothetical'],
  // Measures on a scale of what may come: "up to the expulsion of its diplomats".
  ['up to', 'threatened'],
  // An attempt is not the deed: "tried to impose sanctions" failed or is still open.
  ['attempted to', 'proposed'],
  ['attempting to', 'proposed'],
  ['attempt to', 'proposed'],
  ['tried to', 'proposed'],
  ['trying to', 'proposed'],
  ['consider', 'proposed'],
  ['considers', 'proposed'],
  ['weigh', 'proposed'],
  ['weighs', 'proposed'],
  ['weighed', 'proposed'],
  ['petition', 'proposed'],
  ['considering', 'proposed'],
  ['considered', 'proposed'],
  ['weighing', 'proposed'],
  ['mulling', 'proposed'],
  ['ordered', 'ordered'],
  ['orders', 'ordered'],
  ['order', 'ordered'],
  ['ordering', 'ordered'],
  ['told', 'ordered'],
  ['instructed', 'ordered'],
  ['demanded', 'ordered'],
  ['demands', 'ordered'],
  ['must', 'ordered', true],
  ['have to', 'ordered', true],
  ['has to', 'ordered', true],
  ['had to', 'ordered', true],
  ['gave', 'ordered'],
  ['giving', 'ordered'],
  ['deadline', 'ordered'],
  ['announced', 'announced'],
  ['announces', 'announced'],
  ['will', 'announced', true],
  ['would', 'announced', true],
  ['shall', 'announced', true],
  // The "'ll" of "we'll": the tokenizer splits off the apostrophe.
  ['ll', 'announced', true],
  // An intention is no act until it is announced as a decision: "says he plans to cut ties" (see detectModality).
  ['plans to', 'proposed'],
  ['plan to', 'proposed'],
  ['planning to', 'proposed'],
  ['planned', 'announced'],
  ['intends to', 'proposed'],
  ['intend to', 'proposed'],
  // Readiness is a stance, not the deed: "would be ready to terminate relations", "stand ready to impose".
  ['ready to', 'hypothetical'],
  ['prepared to', 'hypothetical'],
  ['willing to', 'hypothetical'],
  ['is to', 'announced'],
  ['are to', 'announced'],
  ['due to', 'announced'],
  ['set to', 'announced'],
  ['scheduled', 'announced'],
];

export const MODALITY_CUES: ReadonlyMap<string, readonly ModalityCue[]> = (() => {
  const map = new Map<string, ModalityCue[]>();
  for (const [phrase, modality, modal] of CUES) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, modality, modal: modal ?? false, needsTo: NEEDS_TO.has(phrase) });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Higher wins when cues compete. */
export const MODALITY_STRENGTH: Readonly<Record<Modality, number>> = {
  negated: 10,
  denied: 9,
  vetoed: 8,
  'passed-one-chamber': 7,
  threatened: 6,
  hypothetical: 5,
  demanded: 4,
  proposed: 3,
  ordered: 2,
  announced: 1,
  enacted: 0,
};
