import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { readFigure } from '../lexicon/numbers.js';
import { AMBASSADOR_NOUNS, BE_FORMS, EXPEL_WORDS, NON_STATE_WORDS, PEOPLE_NOUNS, SPEECH_VERBS } from '../lexicon/event-words.js';
import { findLeaveFrames } from './leave-frames.js';
import { findIndex, findLastIndex, isPassive, onlyReferredTo } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

const ARMED_GROUPS = new Set(['men', 'group', 'groups', 'gang', 'gangs', 'individuals']);
const KICK = new Set(['kick', 'kicks', 'kicked', 'kicking', 'throw', 'throws', 'threw', 'thrown', 'throwing', 'send', 'sends', 'sent', 'sending']);
const CAUSATIVE = new Set(['have', 'has', 'had', 'get', 'got', 'see']);
const ORDERED = new Set(['order', 'orders', 'ordered', 'ordering']);
const isPerson = (w: string): boolean => PEOPLE_NOUNS.has(w) || AMBASSADOR_NOUNS.has(w);

/**
 * "Pakistan has decided ... that the Iranian ambassador may not return": another state decides
 * it, not the envoy himself ("the ambassador said he would not return to his desk").
 */
function decidedByAnother(a: SentenceAnalysis, theme: number): boolean {
  if (a.lower.slice(theme + 1, theme + 4).some((x) => SPEECH_VERBS.has(x))) return false;
  const owner = a.chunks.find((c) => c.role === 'modifier' && c.head === theme)?.country ?? null;
  const phrase = a.chunks.find((c) => c.role === 'modifier' && c.head === theme)?.start ?? theme;
  return a.chunks.some((c) => c.end <= phrase && c.role === 'party' && c.country !== null && c.country !== owner);
}

const BARRING_MODALS = new Set(['should', 'may', 'must', 'will', 'would', 'can', 'could', 'shall']);
const RETURNING = new Set(['return', 'come']);

/**
 * Another state's envoy told not to come back: "the Iranian ambassador, now in Tehran, may not
 * return", "should not send back the Israeli ambassador". The departure is requested, which
 * the labels count with expulsions; the "not" is the order, so the status is ordered.
 */
function returnsBarred(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 1; i < a.tokens.length; i++) {
    if (a.lower[i] !== 'not') continue;
    const verb = a.lower[i + 1] === 'to' ? i + 2 : i + 1;
    if (RETURNING.has(a.lower[verb] ?? '') && (BARRING_MODALS.has(a.lower[i - 1]!) || verb === i + 2)) {
      const theme = findLastIndex(a, i - 14, i, (x) => AMBASSADOR_NOUNS.has(x));
      if (theme !== -1 && decidedByAnother(a, theme)) found.push({ type: 'DiplomatsExpelled', head: verb, start: theme, end: verb + 1, theme, passive: false, nominal: false, strength: 0.75, modality: 'ordered' });
    } else if (a.lower[verb] === 'send' && a.lower[verb + 1] === 'back') {
      const theme = findIndex(a, verb + 2, verb + 6, (x) => AMBASSADOR_NOUNS.has(x));
      if (theme !== -1) found.push({ type: 'DiplomatsExpelled', head: verb, start: verb, end: theme + 1, theme, passive: false, nominal: false, strength: 0.75, modality: 'ordered' });
    }
  }
  return found;
}

/** DiplomatsExpelled: "expelled 35 Russian diplomats", "declared persona non grata", "ordered 20 diplomats to leave". */
export function findExpulsions(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const people = a.lower.some(isPerson);
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    // "Four Russians expelled": people counted by their nationality just before a bare participle are the ones expelled.
    const counted = EXPEL_WORDS.has(w) && w.endsWith('ed') ? a.chunks.find((c) => c.end === i && c.country !== null && readFigure(a.tokens, c.start - 1)?.end === c.start) : undefined;
    if (EXPEL_WORDS.has(w) && (people || counted !== undefined || a.lower.includes('persona') || a.lower.includes('personae'))) {
      const nominal = w.startsWith('expuls') || w.startsWith('eject');
      if (nominal && onlyReferredTo(a, i)) continue;
      // "The expelled ambassadors are A of Spain, B of Italy, ...": the participle before the people, who are then listed.
      const listedAfter = w === 'expelled' && isPerson(a.lower[i + 1] ?? '') && BE_FORMS.has(a.lower[i + 2] ?? '');
      const passive = listedAfter || counted !== undefined || isPassive(a, i);
      // A list of figures by nationality may stand before the people: "expelled two Swedish, one Danish and four Finnish diplomats".
      const theme = listedAfter ? i + 1 : counted !== undefined ? counted.start : passive ? findLastIndex(a, i - 12, i, isPerson) : findIndex(a, i + 1, i + 13, isPerson);
      // "to have Manila expelled from the United Nations": a state expelled from a body is no expulsion of diplomats.
      const causative = (c: { start: number; end: number }): boolean => c.end === i && CAUSATIVE.has(a.lower[c.start - 1] ?? '');
      if (theme === -1 && !nominal && a.chunks.some((c) => (passive || causative(c) ? c.end === i : c.start === i + 1 || c.start === i + 2) && c.country !== null)) continue;
      found.push({ type: 'DiplomatsExpelled', head: i, start: i, end: Math.max(i, theme) + 1, theme, passive, nominal, strength: nominal ? 0.8 : 0.92 });
    } else if ((w === 'persona' || w === 'personae') && a.lower[i + 1] === 'non') {
      const declared = findLastIndex(a, i - 8, i, (x) => x.startsWith('declar'));
      const start = declared === -1 ? i : declared;
      const passive = declared !== -1 && isPassive(a, declared);
      const theme = findLastIndex(a, i - 8, i, isPerson);
      found.push({ type: 'DiplomatsExpelled', head: i, start, end: i + 3, theme, passive, nominal: false, strength: 0.9 });
    } else if (ORDERED.has(w) && a.lower[i + 1] === 'out' && a.lower[i + 2] !== 'of') {
      // "ordered out 18 Russian diplomats": the order is the expulsion.
      const theme = findIndex(a, i + 2, i + 7, isPerson);
      if (theme !== -1) found.push({ type: 'DiplomatsExpelled', head: i, start: i, end: theme + 1, theme, passive: false, nominal: false, strength: 0.85 });
    } else if (KICK.has(w)) {
      // "kicked out 10 diplomats", "sent 10 diplomats home"
      const particle = findIndex(a, i + 1, i + 6, (x) => x === 'out' || x === 'home');
      // "two envoys were thrown out by the host": the people stand before a passive verb.
      const passive = particle === i + 1 && isPassive(a, i);
      // "throw out an unspecified number of American diplomats": the people may follow a quantity phrase.
      const theme = particle === -1 ? -1 : passive ? findLastIndex(a, i - 10, i, (x) => PEOPLE_NOUNS.has(x)) : findIndex(a, i + 1, particle + 9, (x) => PEOPLE_NOUNS.has(x));
      if (theme !== -1) found.push({ type: 'DiplomatsExpelled', head: i, start: passive ? theme : i, end: particle + 1, theme, passive, nominal: false, strength: 0.8 });
    }
  }
  // "ordered to leave at gunpoint by armed men": made to leave by no state, so expelled by none.
  const forcedByNonState = a.lower.some((x, k) => NON_STATE_WORDS.has(x) || x === 'gunpoint' || (x === 'armed' && ARMED_GROUPS.has(a.lower[k + 1] ?? '')));
  found.push(...returnsBarred(a));
  for (const f of findLeaveFrames(a)) {
    // "declared 15 embassy staff persona non grata, ordering them to leave": the same people, the same act.
    if (f.property || f.who !== 'diplomats' || forcedByNonState || found.some((m) => m.theme === f.theme)) continue;
    const start = Math.min(f.order, f.theme);
    found.push({ type: 'DiplomatsExpelled', head: f.leave, start, end: f.leave + 1, theme: f.theme, passive: false, nominal: false, strength: 0.8 });
  }
  return found;
}
