import { random } from '../../../bench/rebuild.bench.js';
import { zipfRanks } from '../../../bench/support/zipf.js';

describe('Zipf ranks (bench:api request mix)', () => {
  it('given 1,000 items and s = 1, when 100,000 ranks are drawn, then each rank comes about 1 / (r + 1) as often as the first, and the tail is reached', () => {
    const draw = zipfRanks(1000, 1, random(3));
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 100_000; i++) counts[draw()]! += 1;

    // Harmonic number H(1000) ≈ 7.485: the first rank takes about 13.4 % of the draws.
    expect(counts[0]! / 100_000).toBeCloseTo(1 / 7.485, 2);
    expect(counts[1]! / counts[0]!).toBeCloseTo(1 / 2, 1);
    expect(counts[9]! / counts[0]!).toBeCloseTo(1 / 10, 1);
    expect(counts.slice(500).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(5000);
  });

  it('given one item, then every draw is rank 0', () => {
    const draw = zipfRanks(1, 1.2, random(1));
    expect([draw(), draw(), draw()]).toEqual([0, 0, 0]);
  });
});
