import { describe, expect, it } from '@jest/globals';
import { MAX_SENTENCE_CHARS } from '../../../src/ingestion/extraction/extract-facts.js';
import { briefsOf } from './facts-of.js';

describe('run-on sentences', () => {
  const act = 'Norway expelled two Iranian diplomats on Monday.';

  it('given a run-on longer than any sentence of news, when extracted, then it is passed over and the sentence after it still counts', () => {
    const runOn = `${'Sweden expelled Chile '.repeat(Math.ceil((MAX_SENTENCE_CHARS + 1) / 22))}today`;
    expect(runOn.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(briefsOf(`${runOn}. ${act}`)).toEqual([{ type: 'DiplomatsExpelled', actor: 'NOR', target: 'IRN', modality: 'enacted' }]);
  });

  it('given the same act inside a sentence of ordinary length, when extracted, then it is read', () => {
    expect(briefsOf(act)).toHaveLength(1);
  });

  it('given a headline in title case where a title is followed by more capitalised words than a name has, when extracted, then reading ends and the next line is read', () => {
    const headline = 'Norwegian Foreign Ministry Summons Danish Envoy To Hand Over Formal Protest Note';
    expect(briefsOf(`${headline}\nNorway summoned the Danish ambassador on Monday.`)).toContainEqual({ type: 'AmbassadorSummoned', actor: 'NOR', target: 'DNK', modality: 'enacted' });
  });
});
