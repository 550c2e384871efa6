import { ReadModelChanges } from '../../../src/projections/read-query/read-model-changes.js';

describe('ReadModelChanges', () => {
  // Versions as readModelVersion gives them: generation oid, transaction id, position.
  const changesBetween = (from: string, to: string): Promise<string[] | null> =>
    Promise.resolve(from.split(':')[0] === to.split(':')[0] ? [`${from}>${to}`] : null);
  const touching = (step: string) => (change: string) => change === step;

  it('given versions seen in order, then an answer is unchanged only while no step between its version and now touches it', async () => {
    const changes = new ReadModelChanges(changesBetween);
    for (const version of ['1:10:1', '1:11:2', '1:12:3']) await changes.observe(version);
    expect(changes.unchanged('1:10:1', '1:12:3', () => false)).toBe(true);
    expect(changes.unchanged('1:10:1', '1:12:3', touching('1:11:2>1:12:3'))).toBe(false);
    expect(changes.unchanged('1:11:2', '1:12:3', touching('1:10:1>1:11:2'))).toBe(true);
  });

  it('given a version never seen, a newer answer, or another generation in between, then nothing counts as unchanged', async () => {
    const changes = new ReadModelChanges(changesBetween);
    for (const version of ['1:10:1', '2:11:2', '2:12:3']) await changes.observe(version);
    expect(changes.unchanged('1:9:0', '2:12:3', () => false)).toBe(false);
    expect(changes.unchanged('2:12:3', '2:11:2', () => false)).toBe(false);
    expect(changes.unchanged('1:10:1', '2:11:2', () => false)).toBe(false);
    expect(changes.unchanged('2:11:2', '2:12:3', () => false)).toBe(true);
  });

  it('given a version older than the latest seen, then it is not stepped to, and answers at it are not carried forward', async () => {
    const changes = new ReadModelChanges(changesBetween);
    for (const version of ['1:10:1', '1:12:3', '1:11:2']) await changes.observe(version);
    expect(changes.unchanged('1:11:2', '1:12:3', () => false)).toBe(false);
    expect(changes.unchanged('1:10:1', '1:12:3', () => false)).toBe(true);
  });

  it('given more steps than it keeps, then answers older than the oldest kept are not carried forward', async () => {
    const changes = new ReadModelChanges(changesBetween, 2);
    for (const version of ['1:10:1', '1:11:2', '1:12:3']) await changes.observe(version);
    expect(changes.unchanged('1:10:1', '1:12:3', () => false)).toBe(false);
    expect(changes.unchanged('1:11:2', '1:12:3', () => false)).toBe(true);
  });
});
