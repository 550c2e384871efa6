import type { Party } from '../../../domain/facts/fact-events.js';

/**
 * Blocs and international organisations that act in their own name. The extractor reads them
 * like countries under a code of their own (never an ISO code), and a fact names them as an
 * organisation with no country: no member state is inferred. Longer names win ("UN Security
 * Council" over "UN").
 */
const TABLE = `
EUU|European Union;EU;E.U.;European Commission;European Council
ORG-NATO|NATO;North Atlantic Treaty Organization;North Atlantic Alliance
ORG-UN|United Nations;UN;U.N.;UN General Assembly
ORG-UNSC|UN Security Council;U.N. Security Council;United Nations Security Council;UNSC
ORG-ARAB-LEAGUE|Arab League;League of Arab States
ORG-AU|African Union;AU
ORG-ECOWAS|ECOWAS;Economic Community of West African States
ORG-ASEAN|ASEAN;Association of Southeast Asian Nations
ORG-OAS|Organization of American States;OAS
ORG-GCC|Gulf Cooperation Council;GCC
ORG-G7|G7;Group of Seven
`;

export interface OrganisationRecord {
  readonly code: string;
  readonly names: readonly string[];
}

export const ORGANISATIONS: readonly OrganisationRecord[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, names] = line.split('|');
    return { code: code!, names: names!.split(';') };
  });

const BY_CODE = new Map(ORGANISATIONS.map((o) => [o.code, o.names[0]!]));

/** The party for a code the extractor read: a state, or an organisation with country null. */
export function partyOf(code: string, name: string | null): Party {
  const organisation = BY_CODE.get(code);
  return organisation === undefined ? { country: code, organisation: null, name } : { country: null, organisation, name };
}
