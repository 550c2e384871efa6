import { type Party, partyCode } from './fact-events.js';

/**
 * A party's code (see partyCode) as a stream-id part: lowercase, only letters, digits and dots,
 * so that keys compose into `identity-<family>-<actor>-<target>` without ambiguity.
 */
export const partyKey = (party: Pick<Party, 'country' | 'organisation'>): string =>
  partyCode({ ...party, name: null }).toLowerCase().replace(/[^a-z0-9]+/g, '.');
