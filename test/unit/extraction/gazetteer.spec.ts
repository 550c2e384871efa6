import isoCountries from 'i18n-iso-countries';
import { COUNTRIES } from '../../../src/ingestion/extraction/gazetteer/countries.js';
import { findEntityMentions } from '../../../src/ingestion/extraction/gazetteer/entity-mentions.js';
import { GOVERNMENT_BODIES } from '../../../src/ingestion/extraction/gazetteer/government-bodies.js';
import { OFFICE_HOLDERS } from '../../../src/ingestion/extraction/gazetteer/office-holders.js';
import { PLACES } from '../../../src/ingestion/extraction/gazetteer/places.js';
import { tokenize } from '../../../src/ingestion/extraction/text/tokens.js';

const mentions = (text: string, date: string | null = '2018-03-14') =>
  findEntityMentions(tokenize(text), date).map((m) => `${m.kind}:${m.name}=${m.country}`);

describe('gazetteer', () => {
  it('given the country data, then it holds every ISO 3166-1 entry once by alpha-3, with Kosovo and the Soviet Union', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    // Kosovo has no ISO code: world-countries writes UNK, i18n-iso-countries XKK.
    const iso = Object.keys(isoCountries.getAlpha3Codes()).filter((c) => c !== 'XKK');
    expect(codes.filter((c) => c !== 'UNK' && c !== 'SUN').sort()).toEqual(iso.sort());
    expect(codes).toEqual(expect.arrayContaining(['UNK', 'SUN']));
  });

  it('given short forms and demonyms, when read, then they name the country', () => {
    expect(mentions('US and U.S. and America and USA')).toEqual(['country:United States=USA', 'country:United States=USA', 'country:United States=USA', 'country:United States=USA']);
    expect(mentions('UK, Britain, the Russian Federation')).toEqual(['country:United Kingdom=GBR', 'country:United Kingdom=GBR', 'country:Russia=RUS']);
    expect(mentions('Russian and American and Czech')).toEqual(['demonym:Russia=RUS', 'demonym:United States=USA', 'demonym:Czechia=CZE']);
    expect(mentions('let us talk')).toEqual([]);
  });

  it('given the names the libraries hold in other forms, when read, then each is the same country', () => {
    expect(mentions('Turkey, Türkiye, Turkiye and Ivory Coast')).toEqual([
      'country:Türkiye=TUR', 'country:Türkiye=TUR', 'country:Türkiye=TUR', 'country:Ivory Coast=CIV',
    ]);
    expect(mentions('the Democratic Republic of the Congo and the Soviet Union')).toEqual(['country:DR Congo=COD', 'country:Soviet Union=SUN']);
    expect(mentions('Cabo Verde and Cape Verde')).toEqual(['country:Cape Verde=CPV', 'country:Cape Verde=CPV']);
  });

  it('given the people of a country, when named as nouns or in the plural, then they are its demonym', () => {
    expect(mentions('two Poles, a Briton, three Afghans and the Iraqis')).toEqual([
      'demonym:Poland=POL', 'demonym:United Kingdom=GBR', 'demonym:Afghanistan=AFG', 'demonym:Iraq=IRQ',
    ]);
    expect(mentions('Swiss and Chinese officials')).toEqual(['demonym:Switzerland=CHE', 'demonym:China=CHN']);
  });

  it('given a form two states share, when read, then it names the one whose name holds it, or neither', () => {
    expect(mentions('a Dominican envoy')).toEqual(['demonym:Dominican Republic=DOM']);
    expect(mentions('Congo said Congolese troops')).toEqual([]);
    expect(mentions('American Samoa and an American envoy')).toEqual(['country:American Samoa=ASM', 'demonym:United States=USA']);
  });

  it('given capitals, when written the way news writes them, then they map to their country; common words do not', () => {
    expect(mentions('Washington, D.C., Kiev and Kyiv')).toEqual(['capital:Washington=USA', 'capital:Kyiv=UKR', 'capital:Kyiv=UKR']);
    expect(mentions('Kingston and Victoria and Stanley met on an Island')).toEqual([]);
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
