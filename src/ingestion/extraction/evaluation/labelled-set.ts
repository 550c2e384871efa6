import { FACT_EVENT_TYPES, type Counts, type FactEventType, MODALITIES, type Modality } from '../../../domain/facts/fact-events.js';
import { upcastModality } from '../../../domain/facts/fact-upcast.js';
import type { PartialDate } from '../../../domain/shared/partial-date.js';
import type { ExtractionInput } from '../extracted-fact.js';

/** A fact a labelled document states, as a person read it. */
export interface LabelledFact {
  readonly type: FactEventType;
  /** ISO alpha-3 */
  readonly actor: string;
  readonly target: string;
  readonly modality: Modality;
  /** The person or body named as actor, when the label checks it. */
  readonly actorName?: string;
  readonly counts: Counts | null;
  readonly occurredOn: PartialDate | null;
  readonly effectiveOn: PartialDate | null;
  /** Place names, in any order. */
  readonly places: readonly string[];
}

export interface LabelledDocument {
  readonly id: string;
  /** "seed" for the seed documents, "sentences" for the written examples. */
  readonly subset: string;
  readonly input: ExtractionInput;
  readonly expected: readonly LabelledFact[];
}


function fail(where: string, what: string): never {
  throw new Error(`Labelled set, ${where}: ${what}`);
}

function partialDate(value: unknown, where: string): PartialDate | null {
  if (value === null || value === undefined) return null;
  const d = value as PartialDate;
  const shapes = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
  if (typeof d.value !== 'string' || !(d.precision in shapes) || !shapes[d.precision].test(d.value)) fail(where, `bad date ${JSON.stringify(value)}`);
  return { value: d.value, precision: d.precision };
}

function labelledFact(raw: Record<string, unknown>, where: string): LabelledFact {
  const type = raw['type'] as FactEventType;
  if (!FACT_EVENT_TYPES.includes(type)) fail(where, `unknown type ${String(raw['type'])}`);
  // The labelled files predate schema version 2 of the fact events and say `asserted`, `rejected`.
  const modality = upcastModality(String(raw['modality']));
  if (!MODALITIES.includes(modality)) fail(where, `unknown modality ${String(raw['modality'])}`);
  for (const side of ['actor', 'target'] as const) if (!/^[A-Z]{3}$/.test(String(raw[side]))) fail(where, `${side} is not an alpha-3 code`);
  const counts = (raw['counts'] ?? null) as Counts | null;
  return {
    type,
    actor: raw['actor'] as string,
    target: raw['target'] as string,
    modality,
    ...(typeof raw['actorName'] === 'string' ? { actorName: raw['actorName'] } : {}),
    counts: counts === null ? null : { from: counts.from ?? null, to: counts.to ?? null, change: counts.change ?? null, approximate: counts.approximate ?? false },
    occurredOn: partialDate(raw['occurredOn'], where),
    effectiveOn: partialDate(raw['effectiveOn'], where),
    places: (raw['places'] as string[] | undefined) ?? [],
  };
}

/**
 * Reads a labelled-set file's JSON. `readText` resolves a document's `textFile` (the seeds are
 * read from their own files, byte for byte); inline `text` is used as is.
 */
export function parseLabelledSet(json: unknown, readText: (file: string) => string): LabelledDocument[] {
  const documents = (json as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) fail('root', 'no "documents" list');
  return documents.map((raw: Record<string, unknown>, index) => {
    const id = typeof raw['id'] === 'string' ? raw['id'] : fail(`document ${index}`, 'no id');
    const text = typeof raw['text'] === 'string' ? raw['text'] : typeof raw['textFile'] === 'string' ? readText(raw['textFile']) : fail(id, 'no text or textFile');
    const publishedAt = (raw['publishedAt'] ?? null) as string | null;
    const expected = ((raw['expected'] ?? []) as Record<string, unknown>[]).map((f, k) => labelledFact(f, `${id} fact ${k}`));
    return { id, subset: String(raw['subset'] ?? 'sentences'), input: { documentId: id, text, publishedAt }, expected };
  });
}
