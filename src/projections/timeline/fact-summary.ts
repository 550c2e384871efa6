import type { Counts, FactEventType, FactValues, Party, Place } from '../../domain/facts/fact-events.js';
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

/** A state by its name; an organisation (country null) by its own. */
const partyName = (party: Party): string => (party.country ? countryName(party.country) : (party.organisation ?? 'an unnamed party'));

function act(type: FactEventType, v: FactValues): Act {
  const target = partyName(v.target);
  const actor = partyName(v.actor);
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
    case 'DiplomaticRelationsDowngraded':
      return both(`downgraded diplomatic relations with ${target}`, `downgrade diplomatic relations with ${target}`);
    case 'DiplomaticRelationsRestored':
      return both(`restored diplomatic relations with ${target}`, `restore diplomatic relations with ${target}`);
    case 'HighLevelContactsSuspended':
      return both(`suspended high-level contacts with ${target}`, `suspend high-level contacts with ${target}`);
    case 'EmbassyStaffRecalled': {
      const count = figure(v.counts, 'change');
      const who = count ? `${count} members of its embassy staff` : 'embassy staff';
      return both(`recalled ${who} from ${target}`, `recall ${who} from ${target}`);
    }
    case 'InstitutionsClosed':
      return both(`closed institutions of ${target}`, `close institutions of ${target}`);
    case 'LocalStaffHiringBanned':
      return both(`barred the embassy of ${target} from hiring local staff`, `bar the embassy of ${target} from hiring local staff`);
    case 'DiplomatTravelRestricted':
      return both(`restricted the travel of diplomats of ${target}`, `restrict the travel of diplomats of ${target}`);
    case 'DiplomatsDetained':
      return both(`detained diplomats of ${target}`, `detain diplomats of ${target}`);
    case 'EmbassyRaided':
      return both(`raided the embassy of ${target}`, `raid the embassy of ${target}`);
    case 'MissionReopened':
      return both(`reopened a diplomatic mission in ${target}`, `reopen a diplomatic mission in ${target}`);
    case 'SanctionsEased':
      return both(`eased sanctions against ${target}`, `ease sanctions against ${target}`);
    case 'EntryBanImposed':
      return both(`banned people of ${target} from entering`, `ban people of ${target} from entering`);
  }
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One line for a fact, generated from its typed fields (never from stored text), e.g.
 * "Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755
 * to 455 on 30 July 2017, effective 1 September 2017."
 */
export function summarizeFact(type: FactEventType, values: FactValues): string {
  const subject = capitalized(partyName(values.actor)) + (values.actor.name ? ` (${values.actor.name})` : '');
  const { past, infinitive } = act(type, values);
  const predicate = {
    enacted: past,
    announced: past,
    ordered: past,
    proposed: `proposed to ${infinitive}`,
    'passed-one-chamber': `passed in one chamber a bill to ${infinitive}`,
    vetoed: `was kept by a veto from acting to ${infinitive}`,
    threatened: `threatened to ${infinitive}`,
    demanded: `called to ${infinitive}`,
    denied: `denied it would ${infinitive}`,
    negated: `did not ${infinitive}`,
    hypothetical: `might ${infinitive}`,
  }[values.modality];
  const { occurredOn, effectiveOn } = values.validTime;
  const dates = [occurredOn ? ` ${when(occurredOn)}` : '', effectiveOn ? `, effective ${when(effectiveOn).replace(/^(on|in) /, '')}` : ''];
  return `${subject} ${predicate}${dates.join('')}.`;
}
