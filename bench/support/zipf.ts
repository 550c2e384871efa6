/**
 * Ranks drawn from a Zipf distribution over `n` items (rank r with weight 1 / (r + 1)^s), as
 * requests to a news service are: a few pairs, stories and filters take most of them, and a
 * long tail is asked for now and then. `next` gives uniform numbers in [0, 1).
 */
export function zipfRanks(n: number, s: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let rank = 0; rank < n; rank++) cumulative[rank] = sum += 1 / (rank + 1) ** s;
  return () => {
    const target = next() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
