import type { Party } from '../../../domain/facts/fact-events.js';
import type { SentenceNames } from '../analysis/sentence-analysis.js';
import { SPEECH_VERBS } from '../lexicon/event-words.js';

const OPENING_QUOTES = new Set(['“', '"', '‘']);

/**
 * Who is speaking in quoted sentences. "The Russian president added: “As for ..." makes
 * Russia the speaker; the sentences that follow and open with a quote mark are still his
 * words, so an act with no named actor in them is the speaker's country's.
 */
export class QuoteSpeaker {
  private speaker: Party | null = null;

  /** The speaker of this sentence (if it continues a quote), then updates for the next one. */
  read(a: SentenceNames): Party | null {
    const continuesQuote = a.tokens.length > 0 && OPENING_QUOTES.has(a.tokens[0]!.text);
    const current = continuesQuote ? this.speaker : null;
    this.speaker = continuesQuote ? this.speaker : null;
    const introducing = a.chunks.find(
      (c) =>
        c.role === 'party' &&
        c.country !== null &&
        a.lower.slice(c.end, c.end + 3).some((w) => SPEECH_VERBS.has(w)) &&
        a.tokens.slice(c.end, c.end + 8).some((t) => t.text === ':' || OPENING_QUOTES.has(t.text)),
    );
    if (introducing !== undefined) this.speaker = { country: introducing.country!, organisation: null, name: introducing.name };
    return current;
  }
}
