import type { Counts, FactEventType, FactValues, Place } from '../../domain/facts/fact-events.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import { describePlace, namedPlaces } from '../facts/places.js';
import { countryName } from './country-names.js';

/** What the actor did, without the subject: the past form and the infinitive. */
interface Act {
  readonly past: string;
  readonly infinitive: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on 1 September 2017", "in September 2017", "in 2017". */
function when(date: PartialDate): string {
  const [year, month, day] = date.value.split('-');
  if (date.precision === 'year' || !month) return `in ${year}`;
  const monthName = MONTHS[Number(month) - 1];
  return date.precision === 'month' || !day ? `in ${monthName} ${year}` : `on ${Number(day)} ${monthName} ${year}`;
}

/**
 * One flag marks a whole Counts approximate. With a `from` figure the flag is read as that
 * figure's ("more than 1,000" staff); the change and the target it leads to are then exact.
 */
function figure(counts: Counts | null, field: 'change' | 'to'): string | null {
  const value = counts?.[field] ?? null;
  if (value === null) return null;
  const approximate = counts?.approximate === true && counts.from === null;
  return `${approximate ? 'about ' : ''}${value.toLocaleString('en-US')}`;
}

function placeList(places: readonly Place[]): string {
  const names = namedPlaces(places).map(describePlace);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function act(type: FactEventType, v: FactValues): Act {
  const target = countryName(v.target.country);
  const actor = countryName(v.actor.country);
  const both = (past: string, infinitive: string): Act => ({ past, infinitive });
  switch (type) {
    case 'StaffReductionOrdered': {
      const by = figure(v.counts, 'change');
      const to = figure(v.counts, 'to');
      const size = `${by ? ` by ${by}` : ''}${to ? ` to ${to}` : ''}`;
      return both(
        `ordered ${target} to cut its diplomatic staff in ${actor}${size}`,
        `order ${target} to cut its diplomatic staff in ${actor}${size}`,
      );
    }
    case 'ConsulateClosed': {
      const what = v.places.length > 0 ? `${placeList(v.places)} of ${target}` : `diplomatic missions of ${target}`;
      return both(`closed ${what}`, `close ${what}`);
    }
    case 'DiplomatsExpelled': {
      const count = figure(v.counts, 'change') ?? figure(v.counts, 'to');
      const who = `${count ? `${count} ` : ''}diplomats of ${target}`;
      return both(`expelled ${who}`, `expel ${who}`);
    }
    case 'DiplomaticPropertySeized': {
      const what = v.places.length > 0 ? `${placeList(v.places)}, property of ${target}` : `diplomatic property of ${target}`;
      return both(`seized ${what}`, `seize ${what}`);
    }
    case 'SanctionsEnacted':
      return both(`enacted sanctions against ${target}`, `enact sanctions against ${target}`);
    case 'AmbassadorRecalled':
      return both(`recalled its ambassador from ${target}`, `recall its ambassador from ${target}`);
    case 'AmbassadorSummoned':
      return both(`summoned the ambassador of ${target}`, `summon the ambassador of ${target}`);
    case 'DiplomaticRelationsSuspended':
      return both(`suspended diplomatic relations with ${target}`, `suspend diplomatic relations with ${target}`);
    case 'TalksHeld':
      return both(`held talks with ${target}`, `hold talks with ${target}`);
    case 'TreatyExtensionDeclined':
      return both(`declined to extend a treaty with ${target}`, `decline to extend a treaty with ${target}`);
  }
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One line for a fact, generated from its typed fields (never from stored text), e.g.
 * "Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755
 * to 455 on 30 July 2017, effective 1 September 2017."
 */
export function summarizeFact(type: FactEventType, values: FactValues): string {
  const subject = capitalized(countryName(values.actor.country)) + (values.actor.name ? ` (${values.actor.name})` : '');
  const { past, infinitive } = act(type, values);
  const predicate = {
    asserted: past,
    announced: past,
    ordered: past,
    proposed: `proposed to ${infinitive}`,
    threatened: `threatened to ${infinitive}`,
    rejected: `rejected a call to ${infinitive}`,
    negated: `did not ${infinitive}`,
  }[values.modality];
  const { occurredOn, effectiveOn } = values.validTime;
  const dates = [occurredOn ? ` ${when(occurredOn)}` : '', effectiveOn ? `, effective ${when(effectiveOn).replace(/^(on|in) /, '')}` : ''];
  return `${subject} ${predicate}${dates.join('')}.`;
}
