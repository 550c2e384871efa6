import { partyCode } from '../../../src/domain/facts/fact-events.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import type { ExtractedFact } from '../../../src/ingestion/extraction/extracted-fact.js';

/** A fact reduced to what a rule test checks. */
export interface Brief {
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly modality: string;
}

export const brief = (f: ExtractedFact): Brief => ({ type: f.type, actor: partyCode(f.values.actor), target: partyCode(f.values.target), modality: f.values.modality });

export const factsOf = (text: string, publishedAt: string | null = '2020-07-22'): ExtractedFact[] => extractFacts({ documentId: 'doc-test', text, publishedAt });

export const briefsOf = (text: string, publishedAt: string | null = '2020-07-22'): Brief[] => factsOf(text, publishedAt).map(brief);
