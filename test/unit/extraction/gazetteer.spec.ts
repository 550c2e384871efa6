import { COUNTRIES } from '../../../src/ingestion/extraction/gazetteer/countries.js';
import { findEntityMentions } from '../../../src/ingestion/extraction/gazetteer/entity-mentions.js';
import { GOVERNMENT_BODIES } from '../../../src/ingestion/extraction/gazetteer/government-bodies.js';
import { OFFICE_HOLDERS } from '../../../src/ingestion/extraction/gazetteer/office-holders.js';
import { PLACES } from '../../../src/ingestion/extraction/gazetteer/places.js';
import { tokenize } from '../../../src/ingestion/extraction/text/tokens.js';

const mentions = (text: string, date: string | null = '2018-03-14') =>
  findEntityMentions(tokenize(text), date).map((m) => `${m.kind}:${m.name}=${m.country}`);

describe('gazetteer', () => {
  it('given the country table, then it lists every ISO 3166-1 entry once, with alpha-3 codes', () => {
    const iso = COUNTRIES.filter((c) => c.code !== 'SUN');
    expect(iso).toHaveLength(249);
    expect(new Set(iso.map((c) => c.code)).size).toBe(249);
    for (const c of iso) expect(c.code).toMatch(/^[A-Z]{3}$/);
  });

  it('given short forms and demonyms, when read, then they name the country', () => {
    expect(mentions('US and U.S. and America and USA')).toEqual(['country:United States=USA', 'country:United States=USA', 'country:United States=USA', 'country:United States=USA']);
    expect(mentions('UK, Britain, the Russian Federation')).toEqual(['country:United Kingdom=GBR', 'country:United Kingdom=GBR', 'country:Russia=RUS']);
    expect(mentions('Russian and American and Czech')).toEqual(['demonym:Russia=RUS', 'demonym:United States=USA', 'demonym:Czechia=CZE']);
    expect(mentions('let us talk')).toEqual([]);
  });

  it('given cities, states and bodies, when read, then each maps to its country', () => {
    const capitals = COUNTRIES.reduce((n, c) => n + c.capitals.length, 0);
    expect(capitals + PLACES.length).toBeGreaterThanOrEqual(300);
    expect(mentions('Moscow, St Petersburg, Ekaterinburg, Vladivostok, Washington, New York, San Francisco, Seattle, Maryland')).toEqual([
      'capital:Moscow=RUS', 'place:St Petersburg=RUS', 'place:Ekaterinburg=RUS', 'place:Vladivostok=RUS', 'capital:Washington=USA',
      'place:New York=USA', 'place:San Francisco=USA', 'place:Seattle=USA', 'place:Maryland=USA',
    ]);
    expect(GOVERNMENT_BODIES.length).toBeGreaterThanOrEqual(30);
    expect(mentions("the State Department, the Kremlin, Congress, the Duma, the Foreign Office and the Quai d'Orsay")).toEqual([
      'body:State Department=USA', 'body:Kremlin=RUS', 'body:Congress=USA', 'body:Duma=RUS', 'body:Foreign Office=GBR', "body:Quai d'Orsay=FRA",
    ]);
  });

  it('given office holders, when named in full, then they map to their country whatever the date', () => {
    expect(OFFICE_HOLDERS.length).toBeGreaterThanOrEqual(40);
    expect(mentions('Vladimir Putin met Rex Tillerson and Sergei Lavrov', null)).toEqual(['person:Vladimir Putin=RUS', 'person:Rex Tillerson=USA', 'person:Sergey Lavrov=RUS']);
  });

  it('given an ambiguous surname, when titled and dated inside a term, then it is the office holder; otherwise not', () => {
    expect(mentions('Mrs May said', '2018-03-14')).toEqual(['person:Theresa May=GBR']);
    expect(mentions('in May', '2018-03-14')).toEqual([]);
    expect(mentions('Mr Johnson said', '2017-07-30')).toEqual(['person:Boris Johnson=GBR']);
    expect(mentions('Mr Johnson said', '2005-01-01')).toEqual([]);
    expect(mentions('Mr Johnson said', null)).toEqual([]);
    expect(mentions('Mr Putin said', null)).toEqual(['person:Vladimir Putin=RUS']);
  });
});
