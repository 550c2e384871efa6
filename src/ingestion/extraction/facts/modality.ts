import type { Modality, Party } from '../../../domain/facts/fact-events.js';
import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { NON_STATE_WORDS, SPEECH_VERBS, SUBJECT_PRONOUNS } from '../lexicon/event-words.js';
import { MODALITY_CUES, MODALITY_STRENGTH } from '../lexicon/modality-cues.js';
import type { TriggerMatch } from '../rules/trigger-match.js';

const WINDOW = 10;
const LISTED_WINDOW = 25;
const LISTING = new Set(['including', 'notably']);
const HARD_STOPS = new Set([';', ':', '—', '–']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were']);

const isBaseForm = (w: string): boolean => !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('s');

const RELATIVES = new Set(['which', 'who', 'whose']);

/**
 * Tokens inside relative clauses ("its diplomats who are not US residents", ", which has
 * denied ...,"): their cues frame something else. A clause runs to a comma or an infinitive.
 */
function asides(a: SentenceAnalysis): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < a.tokens.length; i++) {
    if (!RELATIVES.has(a.lower[i]!)) continue;
    let k = i;
    while (k < a.tokens.length && a.lower[k] !== ',' && a.lower[k] !== 'to') inside.add(k++);
    i = k;
  }
  return inside;
}

const CONDITIONS = new Set(['if', 'unless']);
/** Chambers whose vote alone makes no law: a bill they pass is passed by one chamber. */
const ONE_CHAMBER = new Set(['Senate', 'House of Representatives', 'House of Commons', 'House of Lords', 'Duma', 'State Duma', 'Federation Council']);
const PASSING = new Set(['passed', 'passes', 'approved', 'approves', 'adopted', 'adopts', 'voted', 'votes']);

/** A bill passed by one chamber ("the Senate passed sanctions on ...") has not become law. */
export function legislativeStage(modality: Modality, actor: Party | null, a: SentenceAnalysis): Modality {
  if (modality !== 'enacted' || actor?.name == null || !ONE_CHAMBER.has(actor.name)) return modality;
  const signed = a.lower.includes('signed') || a.lower.includes('law');
  return !signed && a.lower.some((w) => PASSING.has(w)) ? 'passed-one-chamber' : modality;
}

/** A condition after the act, before the sentence moves on: "if ...", "unless ...", an inverted "should ...". */
function conditionFollows(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.end; k < Math.min(a.tokens.length, t.end + 12); k++) {
    const w = a.lower[k]!;
    if (HARD_STOPS.has(w) || w === '.') return false;
    if (CONDITIONS.has(w) || (w === 'should' && !SUBJECT_PRONOUNS.has(a.lower[k - 1] ?? ''))) return true;
  }
  return false;
}

const DENYING = new Set(['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'refuting', 'dismissed', 'dismissing', 'rejected', 'rejecting']);
const REPORTS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'rumours', 'rumors', 'releases', 'stories', 'media']);

/** "refuting the press releases ... stating that the ambassador has been recalled": a report denied, however long. */
function deniedReport(a: SentenceAnalysis, t: TriggerMatch, others: readonly TriggerMatch[]): boolean {
  for (let k = t.head - 1; k >= Math.max(0, t.head - 30); k--) {
    // "denied reports it had expelled the envoy, saying ... a response to the decision to expel 12": the report's act comes first.
    if (HARD_STOPS.has(a.lower[k]!) || others.some((o) => o !== t && o.head === k)) return false;
    if (DENYING.has(a.lower[k]!)) return a.lower.slice(k + 1, k + 6).some((w) => REPORTS.has(w)) && !deniesSomethingElse(a, k, t.head);
  }
  return false;
}

const RETREATS = new Set(['rowed', 'rows', 'stepped', 'steps', 'backed', 'backs', 'walked', 'walks', 'backtracked', 'abandoned']);

/** "rowed back on Monday from his threat to expel": the act is one its actor retreated from. */
export function retreatedFrom(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.head - 1; k >= Math.max(0, t.head - WINDOW); k--) {
    if (HARD_STOPS.has(a.lower[k]!)) return false;
    if (RETREATS.has(a.lower[k]!) && (a.lower[k] === 'backtracked' || a.lower[k] === 'abandoned' || ['back', 'down', 'away'].includes(a.lower[k + 1] ?? ''))) return true;
  }
  return false;
}

const ANNOUNCING = new Set(['announced', 'announces', 'announce', 'announcing', 'unveiled', 'unveils']);
const COORDINATORS = new Set(['and', 'but', 'yet', 'while']);

/** "Russia has denied the accusations and expelled 23 diplomats": the denial ends before the act. */
function deniesSomethingElse(a: SentenceAnalysis, deny: number, head: number): boolean {
  for (let k = deny + 1; k < head; k++) {
    const w = a.lower[k]!;
    if (w === 'that' || w === 'to' || w === 'of' || w === 'any') return false;
    if (COORDINATORS.has(w)) return true;
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '(']);

/** "If Washington does X, we will expel Y": a sentence that opens with a condition frames every act after it. */
function opensWithCondition(a: SentenceAnalysis, t: TriggerMatch): boolean {
  let first = 0;
  while (first < a.tokens.length && QUOTE_MARKS.has(a.lower[first]!)) first++;
  if (CONDITIONS.has(a.lower[first] ?? '') && t.head > first) return !a.lower.slice(first, t.head).some((w) => HARD_STOPS.has(w));
  // "..., and if she does not comply, then it must ... her expulsion": the consequent of a condition.
  const then = a.lower.lastIndexOf('then', t.head);
  return then > 0 && a.lower.slice(Math.max(0, then - 30), then).some((w) => CONDITIONS.has(w)) && !a.lower.slice(then, t.head).some((w) => HARD_STOPS.has(w));
}

const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might']);

/** "the expulsions would have been unprecedented": an act named as the subject of a counterfactual never happened. */
function counterfactualAfter(a: SentenceAnalysis, t: TriggerMatch): boolean {
  if (!t.nominal) return false;
  for (let k = t.end; k < Math.min(a.tokens.length, t.end + 4); k++) {
    if (COUNTERFACTUAL_MODALS.has(a.lower[k]!) && a.lower[k + 1] === 'have') return true;
  }
  return false;
}

/** Nouns that put an act forward without doing it, however long their complement: "a motion by ... to expel". */
const PROPOSING_NOUNS = new Set(['motion', 'petition', 'proposal']);
const PROPOSAL_REACH = 25;

/** "A motion by several members of the lower house to expel the ambassador": the act is the motion's infinitive. */
function proposedByNoun(a: SentenceAnalysis, t: TriggerMatch, others: readonly TriggerMatch[]): boolean {
  if (a.lower[t.start - 1] !== 'to') return false;
  for (let k = t.start - 2; k >= Math.max(0, t.start - PROPOSAL_REACH); k--) {
    const w = a.lower[k]!;
    if (HARD_STOPS.has(w) || others.some((o) => o !== t && o.head === k)) return false;
    if (PROPOSING_NOUNS.has(w)) return true;
  }
  return false;
}

const CROWD_VOICES = new Set(['chanted', 'chanting', 'chant', 'chants', 'shouted', 'shouting', 'demanded', 'demanding', 'demand', 'demands', 'listed', 'called', 'calling', 'urged', 'urging', 'said', 'say']);

/** "..., the crowd chanted", "the protesters listed several demands": what a crowd asks for, no state has ordered. */
function crowdDemands(a: SentenceAnalysis): boolean {
  return a.lower.some((x, k) => NON_STATE_WORDS.has(x) && a.lower.slice(k + 1, k + 4).some((w) => CROWD_VOICES.has(w)));
}

const HEDGES_AFTER = new Map<string, Modality>([
  ['possible', 'hypothetical'],
  ['consideration', 'proposed'],
]);

/**
 * "Expulsion of the ambassador possible", "Expelling the envoy 'an active consideration'": a
 * named act whose predicate, in the words after it, only weighs it.
 */
function hedgedAfter(a: SentenceAnalysis, t: TriggerMatch): Modality | null {
  const subjectGerund = a.lower[t.head]!.endsWith('ing') && (t.head <= 1 || SPEECH_VERBS.has(a.lower[t.head - 1]!) || a.lower[t.head - 1] === 'that');
  if (!t.nominal && !subjectGerund) return null;
  for (let k = t.end; k < Math.min(a.tokens.length, t.end + 8); k++) {
    const w = a.lower[k]!;
    if (HARD_STOPS.has(w) || w === '.' || w === ',') return null;
    const hedge = HEDGES_AFTER.get(w);
    if (hedge !== undefined) return hedge;
  }
  return null;
}

/**
 * How the sentence frames the act at `t.head`: the strongest cue in the words before it.
 * Another act in between takes the cues before it for itself, except modal verbs, which a
 * coordinated bare verb shares ("could expel diplomats and impose sanctions").
 */
export function detectModality(a: SentenceAnalysis, t: TriggerMatch, others: readonly TriggerMatch[]): Modality {
  const skip = asides(a);
  // ", which has threatened to impose sanctions,": an act inside the relative clause is framed by it.
  // Its infinitive must hang on the clause's own verb of intent ("threatened to"), not on an order outside it
  // ("told diplomats who are not residents to leave").
  const ownClause = [...skip].filter((k) => k < t.head && RELATIVES.has(a.lower[k]!) && !a.lower.slice(k, t.head).includes(',')).at(-1);
  let clauseEnd = ownClause ?? 0;
  while (skip.has(clauseEnd)) clauseEnd++;
  if (ownClause !== undefined && a.lower[clauseEnd] === 'to' && MODALITY_CUES.has(a.lower[clauseEnd - 1]!)) for (let k = ownClause; k < t.head; k++) skip.delete(k);
  // Names are not cues: the "May" of Theresa May.
  for (const m of a.mentions) for (let k = m.start; k < m.end; k++) skip.add(k);
  // "responses would be considered ..., including the expulsion of an ambassador": an act named as
  // one of a list of measures shares the framing of the list, which may stand further back.
  const listed = LISTING.has(a.lower[t.start - 1] ?? '') || LISTING.has(a.lower[t.start - 2] ?? '');
  const from = Math.max(0, Math.min(t.start, t.head - (listed ? LISTED_WINDOW : WINDOW)));
  let best: Modality = 'enacted';
  let modalsOnly = false;
  for (let k = t.head - 1; k >= from; k--) {
    const w = a.lower[k]!;
    if (HARD_STOPS.has(w)) break;
    // ", but Italy later recalled ...": a contrasting clause with a subject of its own is framed by its own words.
    if ((w === 'but' || w === 'yet') && a.lower[k - 1] === ',' && a.chunks.some((c) => c.start === k + 1 && c.role === 'party')) break;
    if (others.some((o) => o !== t && o.head === k && o.type !== t.type)) {
      if (!isBaseForm(a.lower[t.start]!)) break;
      modalsOnly = true;
    }
    if (skip.has(k)) continue;
    for (const cue of MODALITY_CUES.get(w) ?? []) {
      if (!cue.words.every((cw, j) => a.lower[k + j] === cw) || k + cue.words.length > t.head) continue;
      if (modalsOnly && !cue.modal) continue;
      if (cue.needsTo && !a.lower.slice(k + 1, t.head + 1).some((x) => x === 'to' || x === 'until')) continue;
      if (w === 'no' && a.lower[k + 1] === 'later') continue;
      // "announced plans to expel": the plan made public is the decision.
      if ((w === 'plans' || w === 'plan') && ANNOUNCING.has(a.lower[k - 1] ?? '')) continue;
      // "denied the allegations and expelled ...": a denial with an object of its own frames that object.
      if (DENYING.has(w) && deniesSomethingElse(a, k, t.head)) continue;
      if (w === 'not' && a.lower[k + 1] === 'only') continue;
      // "We consider the ambassador persona non grata" is the declaration itself.
      if (w.startsWith('consider') && a.lower[t.head] === 'persona') continue;
      // "up to 20 diplomats" is a figure, not a scale of measures.
      if (w === 'up' && a.tokens[k + 2]?.kind === 'number') continue;
      if (MODALITY_STRENGTH[cue.modality] > MODALITY_STRENGTH[best]) best = cue.modality;
      break;
    }
  }
  if (MODALITY_STRENGTH[best] < MODALITY_STRENGTH.denied && deniedReport(a, t, others)) return 'denied';
  const hedge = hedgedAfter(a, t);
  if (hedge !== null && MODALITY_STRENGTH[best] < MODALITY_STRENGTH[hedge]) return hedge;
  if (MODALITY_STRENGTH[best] < MODALITY_STRENGTH.demanded && crowdDemands(a)) return 'demanded';
  if (MODALITY_STRENGTH[best] < MODALITY_STRENGTH.hypothetical && (opensWithCondition(a, t) || counterfactualAfter(a, t))) return 'hypothetical';
  if (MODALITY_STRENGTH[best] < MODALITY_STRENGTH.proposed && proposedByNoun(a, t, others)) return 'proposed';
  // "would cut ties should the burning go ahead", "will expel them if ...": a future act on a condition.
  if ((best === 'announced' || best === 'threatened') && conditionFollows(a, t)) return 'hypothetical';
  // "Russia has said it is seizing ...": a reported act in progress is announced.
  if (best === 'enacted' && a.lower[t.head]!.endsWith('ing') && PROGRESSIVE.has(a.lower[t.head - 1] ?? '')) {
    if (a.lower.slice(from, t.head).some((w) => SPEECH_VERBS.has(w))) best = 'announced';
  }
  return best;
}
