/**
 * Cities, states and other named places that diplomatic news mentions, beyond the capitals
 * listed with their countries: consulate cities, summit venues, regions. Name;alias|alpha-3.
 * "Washington" is the capital (listed with the United States), never the state here.
 */
const TABLE = `
St Petersburg;St. Petersburg;Saint Petersburg;Petersburg|RUS
Ekaterinburg;Yekaterinburg|RUS
Vladivostok|RUS
Novosibirsk|RUS
Kazan|RUS
Sochi|RUS
Kaliningrad|RUS
Murmansk|RUS
Nizhny Novgorod|RUS
Rostov-on-Don;Rostov|RUS
Samara|RUS
Krasnodar|RUS
Khabarovsk|RUS
Irkutsk|RUS
Volgograd|RUS
Chechnya;Grozny|RUS
Siberia|RUS
New York;New York City;NYC|USA
Manhattan|USA
Long Island|USA
San Francisco|USA
Seattle|USA
Houston|USA
Los Angeles|USA
Chicago|USA
Boston|USA
Miami|USA
Atlanta|USA
Philadelphia|USA
San Diego|USA
Denver|USA
Dallas|USA
Detroit|USA
Honolulu|USA
Anchorage|USA
Camp David|USA
Maryland|USA
Virginia|USA
California|USA
Texas|USA
Florida|USA
Alaska|USA
Hawaii|USA
New Jersey|USA
Pennsylvania|USA
Massachusetts|USA
Illinois|USA
Ohio|USA
Michigan|USA
Guantanamo;Guantanamo Bay|USA
Edinburgh|GBR
Salisbury|GBR
Manchester|GBR
Birmingham|GBR
Glasgow|GBR
Belfast|GBR
Cardiff|GBR
Liverpool|GBR
Leeds|GBR
Scotland|GBR
Wales|GBR
Northern Ireland|GBR
Shanghai|CHN
Guangzhou;Canton|CHN
Chengdu|CHN
Wuhan|CHN
Shenyang|CHN
Shenzhen|CHN
Tianjin|CHN
Xinjiang|CHN
Tibet;Lhasa|CHN
Munich|DEU
Frankfurt|DEU
Hamburg|DEU
Bonn|DEU
Cologne|DEU
Dusseldorf;Düsseldorf|DEU
Leipzig|DEU
Marseille;Marseilles|FRA
Lyon|FRA
Strasbourg|FRA
Bordeaux|FRA
Toulouse|FRA
Istanbul|TUR
Izmir|TUR
Geneva|CHE
Zurich;Zürich|CHE
Davos|CHE
Milan|ITA
Naples|ITA
Florence|ITA
Venice|ITA
Barcelona|ESP
Krakow;Kraków|POL
Gdansk;Gdańsk|POL
Brno|CZE
Ostrava|CZE
Vrbetice|CZE
Kharkiv;Kharkov|UKR
Odesa;Odessa|UKR
Lviv|UKR
Donetsk|UKR
Luhansk|UKR
Crimea;Sevastopol;Simferopol|UKR
Almaty|KAZ
Mumbai;Bombay|IND
Kolkata;Calcutta|IND
Chennai|IND
Bangalore;Bengaluru|IND
Karachi|PAK
Lahore|PAK
Osaka|JPN
Kyoto|JPN
Sapporo|JPN
Busan|KOR
Sydney|AUS
Melbourne|AUS
Perth|AUS
Toronto|CAN
Vancouver|CAN
Montreal|CAN
Rio de Janeiro|BRA
Sao Paulo;São Paulo|BRA
Tel Aviv|ISR
Haifa|ISR
Jeddah|SAU
Dubai|ARE
Alexandria|EGY
Sharm el-Sheikh|EGY
Johannesburg|ZAF
Cape Town|ZAF
Lagos|NGA
Bali|IDN
Erbil|IRQ
Basra|IRQ
Herat|AFG
Kandahar|AFG
Aleppo|SYR
Benghazi|LBY
Ho Chi Minh City;Saigon|VNM
Salzburg|AUT
Antwerp|BEL
Rotterdam|NLD
The Hague|NLD
La Paz|BOL
Gothenburg|SWE
Bergen|NOR
Porto|PRT
Thessaloniki|GRC
Tartu|EST
Narva|EST
Klaipeda;Klaipėda|LTU
Daugavpils|LVA
Abidjan|CIV
Transnistria;Tiraspol|MDA
Abkhazia;South Ossetia|GEO
Gaza;West Bank|PSE
`;

/** The first name is the canonical one that facts carry. */
export interface PlaceRecord {
  readonly names: readonly string[];
  readonly country: string;
}

export const PLACES: readonly PlaceRecord[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names, country] = line.split('|');
    return { names: names!.split(';').map((s) => s.trim()), country: country! };
  });
