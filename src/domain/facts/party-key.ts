import { slugify } from '../shared/slug.js';

/** What a party may be: a country (ISO alpha-3) or an organisation or bloc without one. */
export interface PartyIdentity {
  readonly country: string | null;
  readonly organisation?: string | null;
}

/**
 * The one place that says when two parties are the same party: by country code, or for an
 * organisation or bloc (the EU, NATO) with no country, by its name. Lowercase and hyphen-free
 * words, so keys compose into stream ids.
 */
export function partyKey(party: PartyIdentity): string {
  if (party.country !== null && party.country !== '') return party.country.toLowerCase();
  const organisation = slugify(party.organisation ?? '');
  return organisation === '' ? 'unknown' : `org.${organisation.replace(/-/g, '.')}`;
}
