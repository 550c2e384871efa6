import type { SentenceAnalysis } from '../analysis/sentence-analysis.js';
import { BAN_WORDS, SEIZE_WORDS, TAKE_WORDS } from '../lexicon/event-words.js';
import { findLeaveFrames } from './leave-frames.js';
import { closesSomething } from './mission-closure.js';
import { findIndex, governingOrder, isPassive, nearestFacility, onlyReferredTo } from './sentence-queries.js';
import type { TriggerMatch } from './trigger-match.js';

/** DiplomaticPropertySeized: property seized, closed, barred or taken over; diplomats made to leave it. */
export function findPropertySeizures(a: SentenceAnalysis): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const push = (head: number, end: number, theme: number, strength: number): void => {
    const order = governingOrder(a, head);
    const nominal = a.lower[head]!.endsWith('ure') || a.lower[head]!.endsWith('ion');
    if (nominal && onlyReferredTo(a, head)) return;
    found.push({ type: 'DiplomaticPropertySeized', head, start: order === -1 ? head : order, end, theme, passive: isPassive(a, head), nominal, strength });
  };
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.lower[i]!;
    const takeOver = TAKE_WORDS.has(w) && ['over', 'control', 'possession'].includes(a.lower[i + 1] ?? '');
    if (SEIZE_WORDS.has(w) || takeOver) {
      // Seizing a mission counts too: "took over the Chinese consulate in Houston".
      const target = nearestFacility(a, i, isPassive(a, i) ? 14 : 8, 10, (f) => f.property || f.mission);
      if (target !== null) push(i, Math.max(i + 1, target.end), target.start, 0.9);
    } else if (BAN_WORDS.has(w) || ((w === 'denied' || w === 'blocked' || w === 'deny') && a.lower[i + 1] === 'access')) {
      const from = findIndex(a, i + 1, i + 7, (x) => x === 'from' || x === 'to');
      const target = from === -1 ? null : nearestFacility(a, from, 0, 4, (f) => f.property);
      if (target !== null) push(i, target.end, target.start, 0.8);
    } else if (closesSomething(a, i) && !a.lower[i]!.startsWith('vacat')) {
      // Closing compounds or dachas (not missions) takes them away from their users.
      const target = nearestFacility(a, i, 6, 8, (f) => f.property);
      const mission = nearestFacility(a, i, 10, 10, (f) => f.mission);
      if (target !== null && mission === null) push(i, Math.max(i + 1, target.end), target.start, 0.8);
    }
  }
  for (const f of findLeaveFrames(a)) {
    if (!f.property) continue;
    const target = nearestFacility(a, f.leave, 0, 6, (x) => x.property);
    found.push({ type: 'DiplomaticPropertySeized', head: f.leave, start: Math.min(f.order, f.theme), end: target?.end ?? f.leave + 1, theme: target?.start ?? -1, passive: false, nominal: false, strength: 0.78 });
  }
  return found;
}
