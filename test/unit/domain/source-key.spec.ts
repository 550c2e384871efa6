import { sourceKeyOf } from '../../../src/domain/facts/source-key.js';

const WIRE = 'The United States expelled 60 Russian diplomats over the poisoning of a former spy.';
const keyOf = (text: string, story: string | null = null) => {
  const start = text.indexOf('expelled');
  return sourceKeyOf(text, { start, end: start + 'expelled 60'.length }, story);
};

describe('independent sources', () => {
  it('given one wire text republished under other dates, headlines, typography and footers, when keyed, then one origin', () => {
    const first = keyOf(`date 2018-03-26\nWire: Expulsions\n${WIRE}\n\nRepublished by outlet 1.`);
    const second = keyOf(`date 2018-03-28\n${WIRE.replace('former spy', 'former  Spy')}\nOutlet 2 footer.`);
    expect(second).toBe(first);
    expect(first).toMatch(/^text:[0-9a-f]{32}$/);
  });

  it('given an outlet writing on its own, when keyed, then another origin', () => {
    expect(keyOf('Washington expelled 60 Russian envoys on Monday.')).not.toBe(keyOf(WIRE));
  });

  it('given revisions of one current-events page, when keyed, then the story is the origin, whatever the words', () => {
    expect(keyOf('Russia expelled 60 diplomats.', 'story-x')).toBe(keyOf(WIRE, 'story-x'));
  });
});
