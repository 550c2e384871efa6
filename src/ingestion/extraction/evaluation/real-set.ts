import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A labelled set of real texts in the format of test/fixtures/extraction-dev/ (its README):
 * gold.json with one entry per file in articles/, each file a `url:` and `date:` header, a blank
 * line and the text.
 */
export interface GoldFact {
  readonly type: string;
  readonly alt_types?: readonly string[];
  readonly actor?: { readonly country: string | null; readonly name?: string | null } | null;
  readonly target?: string | null;
  readonly count?: number | null;
  readonly occurredOn?: string | null;
  readonly background?: boolean;
  readonly quote?: string;
}

export interface GoldFile {
  readonly file: string;
  readonly date?: string | null;
  readonly date_inferred?: boolean;
  readonly facts: readonly GoldFact[];
  readonly optional_facts?: readonly GoldFact[];
  readonly non_events?: readonly { readonly quote: string; readonly description?: string }[];
}

export interface RealText {
  readonly gold: GoldFile;
  /** The text after the header, as the outside scorer posts it. */
  readonly body: string;
  /** The date line, unless it was inferred: the outside scorer sends only a shown date. */
  readonly publishedAt: string | null;
}

const bodyOf = (raw: string): string => (raw.startsWith('url:') ? raw.slice(raw.indexOf('\n\n') + 2) : raw);

export function loadRealSet(dir: string): RealText[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { files: GoldFile[] };
  return gold.files.map((g) => ({
    gold: g,
    body: bodyOf(readFileSync(join(dir, 'articles', g.file), 'utf8')),
    publishedAt: g.date && !g.date_inferred ? g.date : null,
  }));
}

/**
 * The repository root: the nearest folder above `from` with a package.json (so it works from
 * src/ and dist/), else the working directory.
 */
export function repositoryRoot(from: string): string {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
