import type { FactState } from '../../projections/facts/fact-history.js';

/** The JSON form of a fact: dates as ISO strings, positions as decimal strings, as everywhere in the API. */
export const toFactJson = (fact: FactState) => ({
  id: fact.factId,
  type: fact.type,
  status: fact.status,
  ...fact.values,
  documentCount: fact.documentCount,
  independentSourceCount: fact.independentSources.length,
  independentSources: fact.independentSources,
  firstKnownAt: fact.firstKnownAt.toISOString(),
  withdrawnKnownAt: fact.withdrawnKnownAt?.toISOString() ?? null,
  provenance: fact.provenance.map((entry) => ({ ...entry, knownAt: entry.knownAt.toISOString() })),
  disputes: fact.disputes.map((dispute) => ({ ...dispute, knownAt: dispute.knownAt.toISOString() })),
  history: fact.history.map((entry) => ({
    ...entry,
    globalPosition: entry.globalPosition.toString(),
    knownAt: entry.knownAt.toISOString(),
    recordedAt: entry.recordedAt.toISOString(),
  })),
});

export type FactJson = ReturnType<typeof toFactJson>;
