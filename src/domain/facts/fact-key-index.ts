import type { DomainEvent } from '../shared/domain-event.js';
import type { FactValues } from './fact-events.js';
import type { IdentityKey } from './fact-identity.js';
import { type ModalityClass, modalityClass } from './modality-class.js';
import { screen } from './fact-resolution.js';
import { type IntervalPrecision, type ValidInterval, validIntervalOf } from './valid-interval.js';

/** One fact of an identity key, with what candidate lookup filters on. */
export interface IndexedFact {
  readonly factId: string;
  readonly factType: string;
  readonly modalityClass: ModalityClass;
  /** The fact's valid interval when it was last reported; null for an old fact with no anchor. */
  readonly from: string | null;
  readonly to: string | null;
  readonly precision: IntervalPrecision | null;
  /** The curated seed record that groups its reports, if a curator made it. */
  readonly curatedKey: string | null;
  /**
   * Facts merged into this one (FactsMerged): their reports and values count here, so the
   * resolver folds them in. Absent on facts that absorbed none, and on indexes written before merges.
   */
  readonly absorbed?: readonly string[];
}

/**
 * Every resolution within an identity key appends the key's whole index to the key's stream,
 * with an expected version: the latest event is the index (one read finds the candidates), and
 * the append serializes candidate lookup and fact creation per key.
 */
export interface IdentityKeyIndexedData {
  readonly key: IdentityKey;
  readonly facts: readonly IndexedFact[];
}

export type IdentityKeyIndexed = DomainEvent<'IdentityKeyIndexed', IdentityKeyIndexedData>;

export function indexedFact(factId: string, factType: string, values: FactValues, curatedKey: string | null): IndexedFact {
  const interval = validIntervalOf(values.validTime);
  return {
    factId,
    factType,
    modalityClass: modalityClass(values.modality),
    from: interval?.from ?? null,
    to: interval?.to ?? null,
    precision: interval?.precision ?? null,
    curatedKey,
  };
}

/**
 * Why a fact of the key cannot be the event a report tells of, from the index alone (another
 * modality class, valid times too far apart), or null when it is a candidate to score.
 */
export function screenOut(fact: IndexedFact, report: FactValues): string | null {
  const interval: ValidInterval | null =
    fact.from === null || fact.to === null || fact.precision === null ? null : { from: fact.from, to: fact.to, precision: fact.precision };
  const screened = screen(report, { modalityClass: fact.modalityClass, interval });
  return 'excludedBecause' in screened ? screened.excludedBecause : null;
}
