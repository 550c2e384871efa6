import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { type IngestDocumentResult, ingestDocument } from '../ingest-document/ingest-document.js';
import { resolveSeedFacts } from '../seed-facts/resolve-seed-facts.js';
import { readSeedDocuments, readSeedFactRecords } from '../seed-facts/seed-files.js';

export interface SeedReport {
  readonly file: string;
  readonly result: IngestDocumentResult;
}

/**
 * Ingests seeds/documents in file order, each with its curated facts, one atomic command per
 * document. Every curated quote is checked against its document before anything is written:
 * a mismatch stops seeding with an error naming the fact.
 */
export async function seedLedger(store: EventStore, seedsDir = defaultSeedsDir()): Promise<SeedReport[]> {
  const documents = await readSeedDocuments(join(seedsDir, 'documents'));
  const records = await readSeedFactRecords(join(seedsDir, 'facts'));
  if (!records.ok) throw seedError(records.error.map((e) => e.message));
  const resolved = resolveSeedFacts(records.value, documents);
  if (!resolved.ok) throw seedError(resolved.error.map((e) => e.message));

  const reports: SeedReport[] = [];
  for (const [file, text] of [...documents].sort(([a], [b]) => a.localeCompare(b))) {
    const commands = resolved.value.filter((r) => r.document === file).map((r) => r.command);
    const result = await ingestDocument(store, { text }, { source: `seed:${file}`, reportFacts: async () => commands });
    reports.push({ file, result });
  }
  return reports;
}

function seedError(messages: readonly string[]): DomainError {
  return new DomainError('SEED_QUOTE_MISMATCH', `Seeding stopped; nothing was written:\n  ${messages.join('\n  ')}`);
}

/** seeds/ at the project root, found from this file so it works from src/ (tests) and dist/ alike. */
export function defaultSeedsDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds', 'documents'))) {
      return join(dir, 'seeds');
    }
  }
  return resolve('seeds');
}
