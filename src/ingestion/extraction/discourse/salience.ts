import type { SentenceNames } from '../analysis/sentence-analysis.js';

/** How often each country is named as a party in the document: the last resort for a missing side. */
export class CountrySalience {
  private readonly counts = new Map<string, number>();

  add(a: SentenceNames): void {
    for (const c of a.chunks) if (c.country !== null && c.role !== 'location') this.counts.set(c.country, (this.counts.get(c.country) ?? 0) + 1);
  }

  /** The most named country not in `except`, if it is named at least twice. */
  mostNamedBesides(except: ReadonlySet<string | null>): string | null {
    let best: string | null = null;
    let bestCount = 1;
    for (const [country, count] of this.counts) {
      if (!except.has(country) && count > bestCount) {
        best = country;
        bestCount = count;
      }
    }
    return best;
  }
}
