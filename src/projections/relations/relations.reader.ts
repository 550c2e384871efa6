import type pg from 'pg';
import { factSnapshots } from '../facts/facts.reader.js';
import { type ReadClocks, today } from '../read-query/clocks.js';
import { relationsState, type RelationsState } from './relations-state.js';

/**
 * The state of relations between two countries (order-insensitive) at the clocks asked;
 * validAt defaults to today. Facts of every valid time are read: the fold needs later ones
 * too (a mission known only from its closure was open before).
 */
export async function readRelations(pool: pg.Pool, a: string, b: string, clocks: ReadClocks): Promise<RelationsState> {
  const countries = [a, b].sort() as [string, string];
  const filter = { countries, actualOnly: true, supportedOnly: true };
  const { snapshots } = await factSnapshots(pool, filter, { validAt: null, knownAt: clocks.knownAt }, null);
  return relationsState(countries, clocks.validAt ?? today(), snapshots);
}
