import type { Place } from '../../domain/facts/fact-events.js';

const isProperName = (name: string): boolean => /^\p{Lu}/u.test(name);

/**
 * Reports name places loosely ("holiday properties", "warehouse") and corroborations add the
 * proper names ("Serebryany Bor"). Once a fact names a place of some kind properly, the loose
 * descriptions of that kind add nothing and are left out.
 */
export function namedPlaces(places: readonly Place[]): Place[] {
  return places.filter(
    (place) => isProperName(place.name) || !places.some((other) => other.facility === place.facility && isProperName(other.name)),
  );
}

/** "the consulate general in San Francisco"; a loose description stays as it is. */
export const describePlace = (place: Place): string =>
  place.facility && isProperName(place.name) ? `the ${place.facility.replace('-', ' ')} in ${place.name}` : place.name;
