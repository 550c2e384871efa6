import { en, Faker } from '@faker-js/faker';

/**
 * Deterministic, varied news documents of about `targetChars` characters: dated articles
 * (80 %) and current-events entries (20 %). Every sentence is drawn from a template filled with
 * fresh countries, people, places, organisations, figures and dates, so no two documents share
 * their text and the extractor meets both diplomatic events and ordinary prose.
 */
export function* newsDocuments(count: number, options: { seed?: number; targetChars?: number } = {}): Generator<string> {
  const f = new Faker({ locale: [en] });
  f.seed(options.seed ?? 7);
  const target = options.targetChars ?? 2000;
  for (let i = 0; i < count; i++) yield f.number.float() < 0.8 ? article(f, target) : entry(f, target);
}

type Side = readonly [name: string, demonym: string, capital: string];
const SIDES: readonly Side[] = [
  ['Russia', 'Russian', 'Moscow'],
  ['the United States', 'American', 'Washington'],
  ['Britain', 'British', 'London'],
  ['China', 'Chinese', 'Beijing'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['Poland', 'Polish', 'Warsaw'],
  ['the Czech Republic', 'Czech', 'Prague'],
  ['Iran', 'Iranian', 'Tehran'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Australia', 'Australian', 'Canberra'],
  ['India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazilian', 'Brasilia'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['South Korea', 'South Korean', 'Seoul'],
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = ['Reuters', 'BBC News', 'Al Jazeera', 'The Guardian', 'CNN', 'Associated Press', 'Deutsche Welle', 'France 24'];

interface Scene {
  readonly a: Side;
  readonly b: Side;
  readonly date: Date;
}

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const day = (d: Date): string => d.toISOString().slice(0, 10);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthDay = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

function scene(f: Faker): Scene {
  const [a, b] = f.helpers.arrayElements(SIDES, 2) as [Side, Side];
  return { a, b, date: f.date.between({ from: '2012-01-01T00:00:00Z', to: '2024-12-31T00:00:00Z' }) };
}

const EVENTS: readonly ((f: Faker, s: Scene) => string)[] = [
  (f, { a, b }) => `${cap(a[0])} expelled ${f.number.int({ min: 2, max: 60 })} ${b[1]} diplomats on ${f.helpers.arrayElement(WEEKDAYS)}.`,
  (f, { a, b, date }) => `${cap(a[0])} ordered ${b[0]} to cut its embassy staff in ${a[2]} to ${f.number.int({ min: 10, max: 500 })} by ${monthDay(date)}.`,
  (f, { a, b }) => `${cap(a[0])} said it would close the ${b[1]} consulate in ${f.location.city()} within ${f.helpers.arrayElement(['72 hours', 'a week', 'thirty days'])}.`,
  (f, { a, b }) => `${cap(a[0])} imposed new sanctions on ${b[0]} on ${f.helpers.arrayElement(WEEKDAYS)}, targeting ${f.number.int({ min: 3, max: 40 })} companies.`,
  (f, { a, b }) => `${cap(a[0])} recalled its ambassador from ${b[2]} for consultations, the foreign ministry said on ${f.helpers.arrayElement(WEEKDAYS)}.`,
  (f, { a, b }) => `${cap(a[1])} authorities seized ${f.helpers.arrayElement(['two', 'three', 'several'])} ${b[1]} diplomatic properties near ${a[2]}.`,
  (_f, { a, b, date }) => `The foreign ministers of ${a[0]} and ${b[0]} held talks in ${a[2]} on ${monthDay(date)}.`,
];

const PROSE: readonly ((f: Faker, s: Scene) => string)[] = [
  (f) => `${f.person.fullName()}, a spokesperson for ${f.company.name()}, said the decision had been expected for ${f.number.int({ min: 2, max: 11 })} months.`,
  (f, { a }) => `Trade between ${a[0]} and its neighbours fell by ${f.number.int({ min: 2, max: 35 })} percent last year, according to ${f.company.name()}.`,
  (f) => `Residents of ${f.location.city()} gathered outside the town hall on ${f.helpers.arrayElement(WEEKDAYS)} evening to ask for ${f.word.noun()} reform.`,
  (f) => `“We are ${f.word.adjective()} about the outcome,” ${f.person.fullName()} told reporters after the meeting.`,
  (f, { b }) => `Analysts at ${f.company.name()} said the ${b[1]} economy was unlikely to feel the effect before ${f.number.int({ min: 2025, max: 2030 })}.`,
  (f) => `The ${f.word.adjective()} report runs to ${f.number.int({ min: 40, max: 900 })} pages and was drafted by ${f.person.fullName()}.`,
  (f, { a }) => `Opposition lawmakers in ${a[2]} called for an inquiry into the ${f.word.adjective()} handling of the ${f.word.noun()} budget.`,
  (f) => `Officials said consular services in ${f.location.city()} would continue as normal for the ${f.number.int({ min: 200, max: 90000 })} citizens registered there.`,
  (f, { b }) => `The ${b[1]} embassy issued a short statement and declined to comment on the ${f.word.noun()} dispute.`,
  (f) => `Weather in ${f.location.city()} delayed the arrival of ${f.person.fullName()}, who had been due to open the ${f.word.adjective()} conference.`,
  (f, { a, b }) => `Relations between ${a[0]} and ${b[0]} have been strained since ${f.number.int({ min: 1990, max: 2016 })}, when a ${f.word.noun()} agreement lapsed.`,
  (f) => `${f.company.name()} shares rose ${f.number.float({ min: 0.1, max: 9, fractionDigits: 1 })} percent in early trading in ${f.location.city()}.`,
];

function sentence(f: Faker, s: Scene): string {
  return f.number.float() < 0.3 ? f.helpers.arrayElement(EVENTS)(f, s) : f.helpers.arrayElement(PROSE)(f, s);
}

function article(f: Faker, target: number): string {
  const s = scene(f);
  const lines: string[] = [];
  if (f.number.float() < 0.9) lines.push(`date ${day(s.date)}`);
  let size = 0;
  while (size < target) {
    const paragraph = Array.from({ length: f.number.int({ min: 2, max: 4 }) }, () => sentence(f, s)).join(' ');
    lines.push(paragraph);
    size += paragraph.length + 2;
  }
  return lines.join('\n\n');
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 140);

function entry(f: Faker, target: number): string {
  const s = scene(f);
  const path = (d: Date, headline: string) =>
    `/news/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCDate()}/${slug(headline)}.md`;
  const headline = f.helpers.arrayElement(EVENTS)(f, s);
  const parts = [
    `### [${day(s.date)}](/news/${day(s.date).replaceAll('-', '/')}/index.md)`,
    `# ${headline}`,
    Array.from({ length: 2 }, () => sentence(f, s)).join(' '),
    '### Sources:',
    f.helpers
      .arrayElements(OUTLETS, { min: 2, max: 4 })
      .map((outlet, i) => `${i + 1}. [${outlet}](https://${slug(outlet)}.example/${f.string.alphanumeric(10)})`)
      .join('\n'),
    '### Related:',
  ];
  const related: string[] = [];
  let size = parts.join('\n\n').length;
  while (size < target - 400) {
    const other = { ...scene(f), a: s.a };
    const line = `${related.length + 1}. [${f.helpers.arrayElement(EVENTS)(f, other)} ](${path(other.date, `${other.a[0]} ${other.b[0]} ${f.string.alpha(8)}`)}) _Context: ${other.a[1]}, ${cap(other.a[0])}-${cap(other.b[0])} relations_`;
    related.push(line);
    size += line.length + 1;
  }
  const published = new Date(s.date.getTime() + f.number.int({ min: 1, max: 72 }) * 3_600_000);
  const stamp = published.toISOString().slice(0, 19).replace('T', ' ');
  parts.push(related.join('\n'), '### Changes:', `1. [${headline} ](${path(s.date, headline)}) _${stamp} (First version)_`);
  return `${parts.join('\n\n')}\n`;
}
