import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_DOCUMENTS_DIR = fileURLToPath(new URL('../../../seeds/documents/', import.meta.url));

export const SEED_FILES = {
  bbcStyle: '000_fca278aa337cff25.txt',
  dated: '001_6e2de474d69a36f5.txt',
  entry: '002_239674bf3aeec884.txt',
  undated: '003_69bbea3d87167b6f.txt',
} as const;

/** A seed document exactly as stored (UTF-8). */
export const seedText = (file: string): string => readFileSync(`${SEED_DOCUMENTS_DIR}${file}`, 'utf8');
