import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface ApiToken {
  readonly value: string;
  /** Where the token lives: the variable, or the file in the data directory. */
  readonly source: 'NEWSLEDGER_API_TOKEN' | string;
  /** True when this call generated the token (and wrote the file). */
  readonly created: boolean;
}

export const apiTokenFile = (dataDir: string) => join(resolve(dataDir), 'api-token');

/**
 * The write token: NEWSLEDGER_API_TOKEN when set; otherwise the one stored in the data
 * directory, generated on first use, so scripts keep working across restarts.
 */
export async function resolveApiToken(settings: { apiToken: string | null; dataDir: string }): Promise<ApiToken> {
  if (settings.apiToken !== null) return { value: settings.apiToken, source: 'NEWSLEDGER_API_TOKEN', created: false };
  const file = apiTokenFile(settings.dataDir);
  const stored = await readStored(file);
  if (stored !== null) return { value: stored, source: file, created: false };
  await mkdir(resolve(settings.dataDir), { recursive: true });
  const value = randomBytes(24).toString('base64url');
  try {
    // 'wx': of two processes starting at once, exactly one writes; the other reads its token.
    await writeFile(file, `${value}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: (await readStored(file)) ?? value, source: file, created: false };
  }
  return { value, source: file, created: true };
}

async function readStored(file: string): Promise<string | null> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) return null;
  const token = text.trim();
  if (token.length < 16) {
    throw new Error(`The API token file ${file} holds no token of at least 16 characters; delete it to generate a new one`);
  }
  // A copy restored from a backup may have lost its mode; the token is a secret.
  await chmod(file, 0o600);
  return token;
}
