import {
  type Counts,
  FACT_EVENT_TYPES,
  type FacilityKind,
  type FactEventType,
  MODALITIES,
  type Modality,
  type Place,
} from '../../domain/facts/fact-events.js';
import { upcastModality } from '../../domain/facts/fact-upcast.js';
import { monthKeyedFactId } from '../../domain/facts/fact-identity.js';
import { parsePartialDate } from '../../domain/shared/partial-date-relations.js';
import type { PartialDate } from '../../domain/shared/partial-date.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { SeedFactError, SeedFactRecord, SeedFactReport } from './seed-fact-record.js';

const FACILITIES: readonly FacilityKind[] = [
  'embassy',
  'consulate-general',
  'consulate',
  'trade-mission',
  'residence',
  'compound',
  'dacha',
  'warehouse',
  'diplomatic-mission',
  'other',
];
const COUNTRY = /^[A-Z]{3}$/;

/** Thrown only inside this module, to unwind a nested read; readSeedFactRecord returns it as a value. */
class Invalid extends Error {}

type Json = Record<string, unknown>;

const object = (value: unknown, at: string): Json => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${at} must be an object`);
  return value as Json;
};
const string = (value: unknown, at: string): string => {
  if (typeof value !== 'string' || value.length === 0) throw new Invalid(`${at} must be a non-empty string`);
  return value;
};
const absent = (value: unknown): value is undefined | null => value === undefined || value === null;
const optionalString = (value: unknown, at: string): string | null => (absent(value) ? null : string(value, at));
const array = (value: unknown, at: string): readonly unknown[] => {
  if (!Array.isArray(value)) throw new Invalid(`${at} must be an array`);
  return value;
};
/** Seed files may still say `asserted` or `rejected`: read them as the events are upcast. */
const legacyModality = (value: unknown): unknown => (typeof value === 'string' ? upcastModality(value) : value);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], at: string): T => {
  if (!allowed.includes(value as T)) throw new Invalid(`${at} must be one of ${allowed.join(', ')}`);
  return value as T;
};
const country = (value: unknown, at: string): string => {
  const code = string(value, at);
  if (!COUNTRY.test(code)) throw new Invalid(`${at} must be an ISO alpha-3 code such as RUS`);
  return code;
};
const date = (value: unknown, at: string): PartialDate | null => {
  if (absent(value)) return null;
  const parsed = parsePartialDate(string(value, at));
  if (parsed === null) throw new Invalid(`${at} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  return parsed;
};
const figure = (value: unknown, at: string): number | null => {
  if (absent(value)) return null;
  if (!Number.isInteger(value) || (value as number) < 0) throw new Invalid(`${at} must be a non-negative integer`);
  return value as number;
};

function counts(value: unknown, at: string): Counts | null {
  if (absent(value)) return null;
  const raw = object(value, at);
  const approximate = raw['approximate'] ?? false;
  if (typeof approximate !== 'boolean') throw new Invalid(`${at}.approximate must be true or false`);
  return {
    from: figure(raw['from'], `${at}.from`),
    to: figure(raw['to'], `${at}.to`),
    change: figure(raw['change'], `${at}.change`),
    approximate,
  };
}

function place(value: unknown, at: string): Place {
  const raw = object(value, at);
  return {
    name: string(raw['name'], `${at}.name`),
    country: absent(raw['country']) ? null : country(raw['country'], `${at}.country`),
    facility: absent(raw['facility']) ? null : oneOf(raw['facility'], FACILITIES, `${at}.facility`),
  };
}

interface RecordDefaults {
  readonly actor: string;
  readonly target: string;
  readonly modality: Modality;
  readonly cameo: string | null;
}

function report(value: unknown, at: string, defaults: RecordDefaults): SeedFactReport {
  const raw = object(value, at);
  return {
    document: string(raw['document'], `${at}.document`),
    quote: string(raw['quote'], `${at}.quote`),
    values: {
      actor: { country: defaults.actor, organisation: null, name: optionalString(raw['actorName'], `${at}.actorName`) },
      target: { country: defaults.target, organisation: null, name: optionalString(raw['targetName'], `${at}.targetName`) },
      counts: counts(raw['counts'], `${at}.counts`),
      places: absent(raw['places'])
        ? []
        : array(raw['places'], `${at}.places`).map((p, i) => place(p, `${at}.places[${i}]`)),
      validTime: {
        occurredOn: date(raw['occurredOn'], `${at}.occurredOn`),
        effectiveOn: date(raw['effectiveOn'], `${at}.effectiveOn`),
      },
      modality: absent(raw['modality']) ? defaults.modality : oneOf(legacyModality(raw['modality']), MODALITIES, `${at}.modality`),
      cameo: defaults.cameo,
      detail: optionalString(raw['detail'], `${at}.detail`),
    },
  };
}

function requiredDate(value: unknown, at: string): PartialDate {
  const parsed = date(value, at);
  if (parsed === null) throw new Invalid(`${at} is required`);
  return parsed;
}

/**
 * Reads one seeds/facts file's parsed JSON (format in seeds/facts/README.md). The file's
 * `factId` is the curated key that groups the record's reports into one fact (the ledger gives
 * the fact an opaque id); it must be the month key of the record's fields, so two records cannot
 * name one fact by accident.
 */
export function readSeedFactRecord(json: unknown, file: string): Result<SeedFactRecord, SeedFactError> {
  const declaredId = typeof json === 'object' && json !== null ? (json as Json)['factId'] : undefined;
  try {
    const raw = object(json, 'the record');
    const key = {
      type: oneOf<FactEventType>(raw['type'], FACT_EVENT_TYPES, 'type'),
      actor: country(raw['actor'], 'actor'),
      target: country(raw['target'], 'target'),
      modality: oneOf(legacyModality(raw['modality']), MODALITIES, 'modality'),
      validOn: requiredDate(raw['validOn'], 'validOn'),
    };
    const factId = string(raw['factId'], 'factId');
    if (factId !== monthKeyedFactId(key)) throw new Invalid(`factId ${factId} is not the key of its fields, ${monthKeyedFactId(key)}`);
    const cameo = optionalString(raw['cameo'], 'cameo');
    const defaults = { actor: key.actor, target: key.target, modality: key.modality, cameo };
    const reports = array(raw['reports'], 'reports').map((r, i) => report(r, `reports[${i}]`, defaults));
    if (reports.length === 0) throw new Invalid('reports must name at least one report');
    return ok({ file, factId, key, summary: string(raw['summary'], 'summary'), reports });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return err({
      code: 'INVALID_RECORD',
      file,
      factId: typeof declaredId === 'string' ? declaredId : null,
      document: null,
      message: `${file}: ${error.message}`,
    });
  }
}
