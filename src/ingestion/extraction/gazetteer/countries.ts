/**
 * ISO 3166-1 countries and territories: alpha-3 | names and short forms | demonyms | capitals.
 * Capitals list spelling variants of one city (Kyiv;Kiev); seats of government that are other
 * cities (The Hague, La Paz) are in places.ts. Capitals that are also common words or other places' names (Victoria, Kingston, Hamilton,
 * Georgetown, Douglas, Plymouth) are left out rather than mis-read.
 */
const TABLE = `
AFG|Afghanistan|Afghan;Afghans|Kabul
ALA|Åland Islands;Aland Islands||Mariehamn
ALB|Albania|Albanian;Albanians|Tirana
DZA|Algeria|Algerian;Algerians|Algiers
ASM|American Samoa||Pago Pago
AND|Andorra|Andorran|Andorra la Vella
AGO|Angola|Angolan;Angolans|Luanda
AIA|Anguilla||
ATA|Antarctica||
ATG|Antigua and Barbuda|Antiguan|
ARG|Argentina|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
ARM|Armenia|Armenian;Armenians|Yerevan
ABW|Aruba|Aruban|Oranjestad
AUS|Australia|Australian;Australians|Canberra
AUT|Austria|Austrian;Austrians|Vienna
AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis|Baku
BHS|Bahamas;The Bahamas|Bahamian|Nassau
BHR|Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BRB|Barbados|Barbadian|Bridgetown
BLR|Belarus|Belarusian;Belarusians;Belarussian|Minsk
BEL|Belgium|Belgian;Belgians|Brussels
BLZ|Belize|Belizean|Belmopan
BEN|Benin|Beninese|Porto-Novo
BMU|Bermuda|Bermudian|
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian;Bolivians|Sucre
BES|Bonaire, Sint Eustatius and Saba;Caribbean Netherlands||
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BWA|Botswana|Motswana;Batswana|Gaborone
BVT|Bouvet Island||
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília
IOT|British Indian Ocean Territory||
BRN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe|Ouagadougou
BDI|Burundi|Burundian|Gitega
CPV|Cabo Verde;Cape Verde|Cape Verdean|Praia
KHM|Cambodia|Cambodian;Cambodians|Phnom Penh
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|Canada|Canadian;Canadians|Ottawa
CYM|Cayman Islands||
CAF|Central African Republic||Bangui
TCD|Chad|Chadian;Chadians|N'Djamena
CHL|Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC;Mainland China|Chinese|Beijing
CXR|Christmas Island||
CCK|Cocos (Keeling) Islands;Cocos Islands||
COL|Colombia|Colombian;Colombians|Bogota;Bogotá
COM|Comoros|Comorian|Moroni
COG|Republic of the Congo;Congo-Brazzaville;Congo||Brazzaville
COD|Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa||Kinshasa
COK|Cook Islands||Avarua
CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CIV|Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian;Ivorians|Yamoussoukro
HRV|Croatia|Croatian;Croatians|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CUW|Curaçao;Curacao||Willemstad
CYP|Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czechia;Czech Republic|Czech;Czechs|Prague
DNK|Denmark|Danish;Dane;Danes|Copenhagen
DJI|Djibouti|Djiboutian|
DMA|Dominica||Roseau
DOM|Dominican Republic|Dominican;Dominicans|Santo Domingo
ECU|Ecuador|Ecuadorian;Ecuadorians|Quito
EGY|Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Salvadoran;Salvadorans|San Salvador
GNQ|Equatorial Guinea|Equatoguinean|Malabo
ERI|Eritrea|Eritrean;Eritreans|Asmara
EST|Estonia|Estonian;Estonians|Tallinn
SWZ|Eswatini;Swaziland|Swazi|Mbabane
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FLK|Falkland Islands;Falklands||
FRO|Faroe Islands;Faroes|Faroese|Torshavn;Tórshavn
FJI|Fiji|Fijian;Fijians|Suva
FIN|Finland|Finnish;Finn;Finns|Helsinki
FRA|France|French|Paris
GUF|French Guiana||Cayenne
PYF|French Polynesia||Papeete
ATF|French Southern Territories||
GAB|Gabon|Gabonese|Libreville
GMB|Gambia;The Gambia|Gambian|Banjul
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany|German;Germans|Berlin
GHA|Ghana|Ghanaian;Ghanaians|Accra
GIB|Gibraltar||
GRC|Greece|Greek;Greeks|Athens
GRL|Greenland|Greenlandic|Nuuk
GRD|Grenada|Grenadian|
GLP|Guadeloupe||Basse-Terre
GUM|Guam||Hagatna
GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City
GGY|Guernsey||
GIN|Guinea|Guinean;Guineans|Conakry
GNB|Guinea-Bissau||Bissau
GUY|Guyana|Guyanese|
HTI|Haiti|Haitian;Haitians|Port-au-Prince
HMD|Heard Island and McDonald Islands||
VAT|Holy See;Vatican;Vatican City||
HND|Honduras|Honduran;Hondurans|Tegucigalpa
HKG|Hong Kong||
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
IND|India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland;Republic of Ireland|Irish|Dublin
IMN|Isle of Man|Manx|
ISR|Israel|Israeli;Israelis|Jerusalem
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|
JPN|Japan|Japanese|Tokyo
JEY|Jersey||
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Nur-Sultan
KEN|Kenya|Kenyan;Kenyans|Nairobi
KIR|Kiribati||Tarawa
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea|South Korean;South Koreans|Seoul
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz|Bishkek
LAO|Laos;Lao People's Democratic Republic|Laotian;Lao|Vientiane
LVA|Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho|Maseru
LBR|Liberia|Liberian;Liberians|Monrovia
LBY|Libya|Libyan;Libyans|Tripoli
LIE|Liechtenstein||Vaduz
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Luxembourgish;Luxembourger|
MAC|Macao;Macau||
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian;Malawians|Lilongwe
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MDV|Maldives|Maldivian;Maldivians|
MLI|Mali|Malian;Malians|Bamako
MLT|Malta|Maltese|Valletta
MHL|Marshall Islands|Marshallese|Majuro
MTQ|Martinique||Fort-de-France
MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS|Mauritius|Mauritian;Mauritians|Port Louis
MYT|Mayotte||Mamoudzou
MEX|Mexico|Mexican;Mexicans|Mexico City
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova;Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău
MCO|Monaco|Monegasque|
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MNE|Montenegro|Montenegrin;Montenegrins|Podgorica
MSR|Montserrat||
MAR|Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar;Burma|Burmese|Naypyidaw;Naypyitaw
NAM|Namibia|Namibian;Namibians|Windhoek
NRU|Nauru|Nauruan|
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;The Netherlands;Holland|Dutch|Amsterdam
NCL|New Caledonia||Noumea;Nouméa
NZL|New Zealand|New Zealander;New Zealanders|Wellington
NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria|Nigerian;Nigerians|Abuja
NIU|Niue||Alofi
NFK|Norfolk Island||
MKD|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
MNP|Northern Mariana Islands||Saipan
NOR|Norway|Norwegian;Norwegians|Oslo
OMN|Oman|Omani;Omanis|Muscat
PAK|Pakistan|Pakistani;Pakistanis|Islamabad
PLW|Palau|Palauan|Ngerulmud
PSE|Palestine;State of Palestine;Palestinian Territories|Palestinian;Palestinians|Ramallah
PAN|Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PER|Peru|Peruvian;Peruvians|Lima
PHL|Philippines;The Philippines|Filipino;Filipinos;Philippine|Manila
PCN|Pitcairn;Pitcairn Islands||
POL|Poland|Polish;Pole;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
PRI|Puerto Rico|Puerto Rican;Puerto Ricans|San Juan
QAT|Qatar|Qatari;Qataris|Doha
REU|Réunion;Reunion||
ROU|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation|Russian;Russians|Moscow
RWA|Rwanda|Rwandan;Rwandans|Kigali
BLM|Saint Barthélemy;Saint Barthelemy||
SHN|Saint Helena, Ascension and Tristan da Cunha;Saint Helena||
KNA|Saint Kitts and Nevis||Basseterre
LCA|Saint Lucia|Saint Lucian|Castries
MAF|Saint Martin||
SPM|Saint Pierre and Miquelon||
VCT|Saint Vincent and the Grenadines||Kingstown
WSM|Samoa|Samoan;Samoans|Apia
SMR|San Marino|Sammarinese|
STP|Sao Tome and Principe;São Tomé and Príncipe;Sao Tome;São Tomé|Santomean;Santomeans|
SAU|Saudi Arabia|Saudi;Saudis|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
SYC|Seychelles|Seychellois|
SLE|Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore|Singaporean;Singaporeans|
SXM|Sint Maarten||
SVK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava
SVN|Slovenia|Slovenian;Slovenians;Slovene|Ljubljana
SLB|Solomon Islands||Honiara
SOM|Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|South African;South Africans|Pretoria
SGS|South Georgia and the South Sandwich Islands||
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
SDN|Sudan|Sudanese|Khartoum
SUR|Suriname|Surinamese|Paramaribo
SJM|Svalbard and Jan Mayen||
SWE|Sweden|Swedish;Swede;Swedes|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TWN|Taiwan;Republic of China|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajiks|Dushanbe
TZA|Tanzania;United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma
THA|Thailand|Thai|Bangkok
TLS|Timor-Leste;East Timor|Timorese|Dili
TGO|Togo|Togolese|Lome;Lomé
TKL|Tokelau||
TON|Tonga|Tongan|
TTO|Trinidad and Tobago|Trinidadian|Port of Spain
TUN|Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Türkiye;Turkiye|Turkish;Turk;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
TCA|Turks and Caicos Islands||
TUV|Tuvalu||Funafuti
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;U.A.E.|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;UK;U.K.;Britain;Great Britain;England|British;Briton;Britons|London
USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American;Americans|Washington
UMI|United States Minor Outlying Islands||
URY|Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent
VUT|Vanuatu||Port Vila
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
VGB|British Virgin Islands||
VIR|United States Virgin Islands;US Virgin Islands||
WLF|Wallis and Futuna||
ESH|Western Sahara|Sahrawi|
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
SUN|Soviet Union;USSR;U.S.S.R.|Soviet|
`;

/** One non-ISO party news treats as a country: the Soviet Union (SUN, ISO 3166-3). The EU is in organisations.ts. */
export interface CountryRecord {
  readonly code: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

const list = (field: string | undefined): string[] =>
  (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const COUNTRIES: readonly CountryRecord[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, names, demonyms, capitals] = line.split('|');
    return {
      code: code!,
      names: list(names),
      demonyms: list(demonyms),
      capitals: list(capitals),
    };
  });
