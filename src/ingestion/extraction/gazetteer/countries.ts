import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LocaleData } from 'i18n-iso-countries';
import type { Country } from 'world-countries';

/**
 * Countries and territories, with their names, demonyms and capitals, from two maintained data
 * sets: world-countries (ISO 3166-1 alpha-3, common and official names, alternative spellings,
 * English demonyms, capitals; also Kosovo, UNK) and the English names of i18n-iso-countries
 * ("Turkey", "U.S.", "Ivory Coast", which world-countries lacks).
 */
export interface CountryRecord {
  readonly code: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

const require = createRequire(import.meta.url);
/**
 * Both data sets are read, not required: a required module stays alive for every garbage
 * collection of the process, and both carry far more than this needs (world-countries'
 * translations, currencies and borders; i18n-iso-countries registers every language it has).
 */
const readJson = <T>(path: string): T => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;
const worldCountries = (): readonly Country[] => readJson<Country[]>('world-countries/countries.json');
const englishNames = (): LocaleData['countries'] => readJson<LocaleData>('i18n-iso-countries/langs/en.json').countries;

/**
 * English forms news writes that neither library lists (checked against both):
 * alpha-3 | names | demonyms | capitals. Person nouns ("a Pole", "Britons") and adjectives news
 * prefers beside the libraries' one demonym; names in use beside the libraries' ("Britain",
 * "Cabo Verde"); capitals by their older or other spelling ("Kiev" until 2022, "Nur-Sultan"
 * 2019-2022); and the Soviet Union (SUN, ISO 3166-3), which news still reports as a party.
 */
const NEWS_FORMS = `
USA|America||
GBR|Britain;U.K.;England|Briton|
ARE|U.A.E.||
CHN|PRC;Mainland China||
BIH|Bosnia|Bosnian|
VAT|Holy See||
PSE|Palestinian Territories||
FLK|Falklands||
FRO|Faroes||
SUN|Soviet Union;USSR;U.S.S.R.|Soviet|
DNK||Dane|
FIN||Finn|
POL||Pole|
ESP||Spaniard|
SWE||Swede|
SRB||Serb|
TUR||Turk|
SAU||Saudi|
AZE||Azeri|
ARG||Argentinian|
KAZ||Kazakh|Nur-Sultan
KGZ||Kyrgyz|
TJK||Tajik|
UZB||Uzbek|
NPL||Nepali|
PHL||Philippine|
ECU||Ecuadorian|
SVN||Slovenian|
SVK||Slovakian|
ISL||Icelandic|
MDV||Maldivian|
TLS||Timorese|
CPV|Cabo Verde|Cape Verdean|
COM||Comorian|
DJI||Djiboutian|
SUR||Surinamese|
LUX||Luxembourgish|
UKR|||Kiev
YEM|||Sanaa
MNG|||Ulaanbaatar
SWZ|||Mbabane
`;

/**
 * Library forms that are more often something else in English news: ordinary words and given
 * names ("Island" is Iceland's own name, "Stanley" the Falklands' capital), and capitals that
 * share their name with other places (Kingston, Georgetown, Plymouth).
 */
const NOT_NAMES = new Set(['Island', 'Mann', 'Dominique']);
const NOT_CAPITALS = new Set([
  'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Douglas', 'Plymouth', 'Stanley', 'Jamestown', 'The Valley', 'The Bottom', 'West Island',
]);

const split = (field: string | undefined): string[] => (field ?? '').split(';').filter((s) => s.length > 0);
const NEWS = new Map(
  NEWS_FORMS.trim()
    .split('\n')
    .map((line) => line.split('|'))
    .map(([code, names, demonyms, capitals]) => [code!, { names: split(names), demonyms: split(demonyms), capitals: split(capitals) }]),
);

/** A name news could write: Latin script, capitalised ("the Abode of Peace" is a description), not an index form ("Korea, Republic of"). */
const readable = (s: string): boolean => /^\p{Lu}[\p{Script=Latin} .'’-]*$/u.test(s) && !NOT_NAMES.has(s);

/** A demonym and its plural as a noun: Afghan, Afghans; no plural for Chinese, Swiss, Dutch, Kyrgyz, Icelandic. */
const withPlural = (demonym: string): string[] => (/(?:ese|[sxz]|sh|ch|ic)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`]);

/** News writes "Washington" or "Washington, D.C.", which reads as Washington: the district's initials stand apart. */
const withoutDistrict = (capital: string): string => capital.replace(/ D\.C\.$/, '');

const unique = (forms: readonly string[], taken: ReadonlySet<string>): string[] => [...new Set(forms)].filter((f) => !taken.has(f));

function recordOf(c: Country, englishNames: LocaleData['countries']): CountryRecord {
  const news = NEWS.get(c.cca3);
  const english = [englishNames[c.cca2] ?? []].flat();
  const demonymNouns = [c.demonyms['eng']?.m, c.demonyms['eng']?.f, ...(news?.demonyms ?? [])].filter(
    (d): d is string => d !== undefined && readable(d) && !d.includes(' or '),
  );
  // world-countries opens its alternative spellings with the two-letter code ("RU" is also a word in capitals).
  const spellings = c.altSpellings.filter((s) => s !== c.cca2);
  const names = unique([c.name.common, c.name.official, ...spellings, ...english, ...(news?.names ?? [])].filter(readable), new Set(demonymNouns));
  const demonyms = unique(demonymNouns.flatMap(withPlural), new Set(names));
  const capitals = unique([...c.capital.map(withoutDistrict), ...(news?.capitals ?? [])].filter((cap) => !NOT_CAPITALS.has(cap)), new Set(names));
  return { code: c.cca3, names, demonyms, capitals };
}

/**
 * A form shared with a territory (American, Dutch, Oranjestad) is the sovereign state's. A form
 * two states share belongs to the one whose name holds it ("Dominican": the Dominican Republic,
 * not Dominica); when neither or both do ("Congo", "Congolese"), it names neither rather than
 * guess.
 */
function withoutClashes(records: readonly CountryRecord[], independent: ReadonlySet<string>): CountryRecord[] {
  const owners = new Map<string, CountryRecord[]>();
  for (const r of records) for (const f of new Set([...r.names, ...r.demonyms, ...r.capitals])) owners.set(f, [...(owners.get(f) ?? []), r]);
  const ownerOf = (form: string): CountryRecord | null => {
    const all = owners.get(form)!;
    const states = all.filter((r) => independent.has(r.code));
    const candidates = states.length > 0 ? states : all;
    if (candidates.length === 1) return candidates[0]!;
    const named = candidates.filter((r) => r.names.some((n) => n !== form && n.includes(form)));
    return named.length === 1 ? named[0]! : null;
  };
  const own = (r: CountryRecord, forms: readonly string[]): string[] => forms.filter((f) => ownerOf(f) === r);
  return records.map((r) => ({ code: r.code, names: own(r, r.names), demonyms: own(r, r.demonyms), capitals: own(r, r.capitals) }));
}

const SOVIET_UNION = NEWS.get('SUN')!;

function libraryCountries(): CountryRecord[] {
  const world = worldCountries();
  const english = englishNames();
  return withoutClashes(world.map((c) => recordOf(c, english)), new Set(world.filter((c) => c.independent).map((c) => c.cca3)));
}

export const COUNTRIES: readonly CountryRecord[] = [
  ...libraryCountries(),
  { code: 'SUN', names: SOVIET_UNION.names, demonyms: SOVIET_UNION.demonyms, capitals: [] },
];
