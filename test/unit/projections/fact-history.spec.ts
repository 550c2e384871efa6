import type { FactReportedData } from '../../../src/domain/facts/fact-events.js';
import { type FactEventRecord, foldFact } from '../../../src/projections/facts/fact-history.js';

let position = 0n;
function record(type: string, documentId: string, knownTime: string, data: object = {}): FactEventRecord {
  position += 1n;
  const provenance = { documentId, quote: `${type} in ${documentId}`, start: 0, end: 10 };
  const origin = { method: 'curated', extractorVersion: null, confidence: 1 };
  return {
    factId: 'fact-1',
    eventId: `event-${position}`,
    type,
    transactionId: position,
    globalPosition: position,
    knownTime: new Date(knownTime),
    recordedAt: new Date('2030-01-01T00:00:00Z'),
    documentId,
    data: type === 'FactRetracted' ? { factId: 'fact-1', documentId, extractorVersion: '2', reason: 'gone' } : { factId: 'fact-1', provenance, origin, ...data },
  };
}

const reported: Partial<FactReportedData> = {
  actor: { country: 'RUS', organisation: null, name: null },
  target: { country: 'USA', organisation: null, name: null },
  counts: { from: null, to: null, change: 755, approximate: false },
  places: [],
  validTime: { occurredOn: { value: '2017-07', precision: 'month' }, effectiveOn: null },
  modality: 'ordered',
  cameo: '161',
  detail: null,
};

describe('folding a fact from its events', () => {
  const events = [
    record('StaffReductionOrdered', 'doc-a', '2017-07-30T00:00:00Z', reported),
    record('FactCorroborated', 'doc-b', '2017-08-01T00:00:00Z', {
      values: { ...reported, validTime: { occurredOn: { value: '2017-07-30', precision: 'day' }, effectiveOn: null } },
    }),
    record('FactDisputed', 'doc-c', '2017-08-05T00:00:00Z', { disputes: [{ field: 'counts.change', recorded: 755, reported: 750 }] }),
    record('FactRetracted', 'doc-b', '2017-08-10T00:00:00Z'),
  ];

  it('given reports, a dispute and a retraction, then counts only documents still reporting it', () => {
    const fact = foldFact(events)!;
    expect(fact.documentCount).toBe(2);
    expect(fact.status).toBe('supported');
    expect(fact.values.validTime.occurredOn).toEqual({ value: '2017-07-30', precision: 'day' });
    expect(fact.provenance.map((p) => [p.documentId, p.role, p.retracted])).toEqual([
      ['doc-a', 'reported', false],
      ['doc-b', 'corroborated', true],
      ['doc-c', 'disputed', false],
    ]);
    expect(fact.disputes).toEqual([expect.objectContaining({ field: 'counts.change', documentId: 'doc-c' })]);
    expect(fact.history).toHaveLength(4);
  });

  it('given knownAt, then later events do not count', () => {
    const fact = foldFact(events, new Date('2017-07-31T00:00:00Z'))!;
    expect(fact.documentCount).toBe(1);
    expect(fact.values.validTime.occurredOn).toEqual({ value: '2017-07', precision: 'month' });
    expect(foldFact(events, new Date('2017-07-01T00:00:00Z'))).toBeNull();
  });

  it('given the events in any order, then the fold is the same', () => {
    expect(foldFact([...events].reverse())).toEqual(foldFact(events));
  });

  it('given every document retracted, then the fact is withdrawn from the last retraction on', () => {
    const fact = foldFact([...events, record('FactRetracted', 'doc-a', '2017-08-11T00:00:00Z'), record('FactRetracted', 'doc-c', '2017-08-12T00:00:00Z')])!;
    expect(fact).toMatchObject({ status: 'withdrawn', documentCount: 0, withdrawnKnownAt: new Date('2017-08-12T00:00:00Z') });
  });
});

describe('counting the independent origins of a fact', () => {
  const withKey = (type: string, documentId: string, sourceKey: string, quote: string) => {
    const r = record(type, documentId, '2018-03-26T00:00:00Z', type === 'FactCorroborated' ? { values: reported } : reported);
    const data = r.data as { provenance: object };
    return { ...r, data: { ...data, provenance: { ...data.provenance, quote, sourceKey } } };
  };

  it('given two quotes of one article in different paragraphs, then they are one origin', () => {
    const fact = foldFact([
      withKey('StaffReductionOrdered', 'doc-a', 'text:first-paragraph', 'first quote'),
      withKey('FactCorroborated', 'doc-a', 'text:second-paragraph', 'second quote'),
    ])!;
    expect(fact.independentSources).toEqual([{ sourceKey: 'text:first-paragraph', documentIds: ['doc-a'] }]);
  });

  it('given a reprint sharing a paragraph with one of them and an outlet writing on its own, then two origins', () => {
    const fact = foldFact([
      withKey('StaffReductionOrdered', 'doc-a', 'text:first-paragraph', 'first quote'),
      withKey('FactCorroborated', 'doc-b', 'text:second-paragraph', 'reprinted quote'),
      withKey('FactCorroborated', 'doc-a', 'text:second-paragraph', 'second quote'),
      withKey('FactCorroborated', 'doc-c', 'text:own-words', 'own quote'),
    ])!;
    expect(fact.independentSources.map((s) => [...s.documentIds].sort())).toEqual([['doc-a', 'doc-b'], ['doc-c']]);
  });
});

describe('folding a fact that absorbed another', () => {
  const of = (factId: string, r: FactEventRecord): FactEventRecord => ({ ...r, factId, data: { ...(r.data as object), factId } });
  const survivor = [
    of('fact-1', record('StaffReductionOrdered', 'doc-a', '2017-07-30T00:00:00Z', reported)),
    of('fact-1', record('FactCorroborated', 'doc-b', '2017-08-01T00:00:00Z', { values: reported })),
  ];
  const absorbedReport = of('fact-2', record('StaffReductionOrdered', 'doc-c', '2017-07-31T00:00:00Z', {
    ...reported,
    validTime: { occurredOn: { value: '2017-07-30', precision: 'day' }, effectiveOn: null },
  }));
  const merged: FactEventRecord = {
    ...of('fact-2', record('FactsMerged', 'doc-b', '2017-08-02T00:00:00Z')),
    documentId: null,
    data: { factId: 'fact-2', mergedInto: 'fact-1', documentId: 'doc-b', quote: 'q', score: 2, survivorScore: 2, reasons: [] },
  };
  const disputedAfter = of('fact-2', record('FactDisputed', 'doc-d', '2017-08-03T00:00:00Z', { disputes: [{ field: 'counts.change', recorded: 755, reported: 700 }] }));
  const all = [...survivor, absorbedReport, merged, disputedAfter];

  it('given the merge known, then the survivor holds every report of both, named by where it was made, and a later event of the absorbed fact', () => {
    const fact = foldFact(all, undefined, 'fact-1')!;
    expect(fact.documentCount).toBe(4);
    expect(fact.provenance.map((p) => [p.documentId, p.mergedFrom])).toEqual([['doc-a', null], ['doc-b', null], ['doc-c', 'fact-2'], ['doc-d', 'fact-2']]);
    expect(fact.disputes).toHaveLength(1);
    expect(fact.values.validTime.occurredOn).toEqual({ value: '2017-07-30', precision: 'day' });
    expect(fact.history.map((h) => h.type)).toContain('FactsMerged');
    expect(fact.mergedInto).toBeNull();
  });

  it('given the merge known, then the absorbed fact says where it went', () => {
    expect(foldFact(all, undefined, 'fact-2')).toMatchObject({ factId: 'fact-2', mergedInto: 'fact-1' });
  });

  it('given a time before the merge was known, then each fact as it stood', () => {
    const before = new Date('2017-08-01T12:00:00Z');
    expect(foldFact(all, before, 'fact-1')).toMatchObject({ documentCount: 2, mergedInto: null });
    expect(foldFact(all, before, 'fact-2')).toMatchObject({ documentCount: 1, mergedInto: null });
  });

  it('given the events in any order, then the same fold', () => {
    expect(foldFact([...all].reverse(), undefined, 'fact-1')).toEqual(foldFact(all, undefined, 'fact-1'));
  });
});
