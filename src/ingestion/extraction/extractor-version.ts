import type { FactOrigin } from '../../domain/facts/fact-events.js';

/**
 * Recorded as origin.extractorVersion on every extracted fact. Bump the minor version when
 * rules or dictionaries change what is extracted, the major one when the output shape changes.
 */
export const EXTRACTOR_VERSION = '2.3.0';

/** The origin an extracted fact is recorded with. */
export const extractedOrigin = (confidence: number): FactOrigin => ({ method: 'extracted', extractorVersion: EXTRACTOR_VERSION, confidence });
