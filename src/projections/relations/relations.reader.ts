import type pg from 'pg';
import { factSnapshots } from '../facts/facts.reader.js';
import { type ReadClocks, today } from '../read-query/clocks.js';
import { relationsState, type RelationsState } from './relations-state.js';

/** The state of relations between two countries (order-insensitive) at the clocks asked; validAt defaults to today. */
export async function readRelations(pool: pg.Pool, a: string, b: string, clocks: ReadClocks): Promise<RelationsState> {
  const countries = [a, b].sort() as [string, string];
  const { snapshots } = await factSnapshots(pool, { countries, actualOnly: true, supportedOnly: true }, clocks, null);
  return relationsState(countries, clocks.validAt ?? today(), snapshots);
}
