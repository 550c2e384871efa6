import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LabelledDocument, parseLabelledSet } from './labelled-set.js';

const LABELLED_SET_DIR = 'test/fixtures/extraction';

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

/** Every labelled document in test/fixtures/extraction/*.json, seeds read from their files. */
export function loadLabelledSet(root: string): LabelledDocument[] {
  const dir = join(root, LABELLED_SET_DIR);
  const readText = (file: string): string => readFileSync(join(root, file), 'utf8');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => parseLabelledSet(JSON.parse(readFileSync(join(dir, name), 'utf8')), readText));
}
