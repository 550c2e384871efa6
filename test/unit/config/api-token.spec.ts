import { mkdtemp, readFile, rm, stat, chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTokenFile, resolveApiToken } from '../../../src/config/api-token.js';

describe('the write token', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'newsledger-token-')), 'data');
  });
  afterEach(() => rm(join(dataDir, '..'), { recursive: true, force: true }));

  it('given NEWSLEDGER_API_TOKEN, when resolved, then it is used and nothing is written', async () => {
    const token = await resolveApiToken({ apiToken: 'a-long-enough-secret-token', dataDir });
    expect(token).toEqual({ value: 'a-long-enough-secret-token', source: 'NEWSLEDGER_API_TOKEN', created: false });
    await expect(stat(apiTokenFile(dataDir))).rejects.toThrow(/ENOENT/);
  });

  it('given no token anywhere, when resolved twice, then the first generates a 0600 file and the second reads the same', async () => {
    const first = await resolveApiToken({ apiToken: null, dataDir });
    expect(first).toMatchObject({ source: apiTokenFile(dataDir), created: true });
    expect(first.value.length).toBeGreaterThanOrEqual(32);
    expect((await stat(apiTokenFile(dataDir))).mode & 0o777).toBe(0o600);
    expect(await resolveApiToken({ apiToken: null, dataDir })).toEqual({ ...first, created: false });
  });

  it('given two processes starting at once, when both resolve, then they agree on one token', async () => {
    const [a, b] = await Promise.all([resolveApiToken({ apiToken: null, dataDir }), resolveApiToken({ apiToken: null, dataDir })]);
    expect(a.value).toBe(b.value);
    expect((await readFile(apiTokenFile(dataDir), 'utf8')).trim()).toBe(a.value);
  });

  it('given a stored file that lost its mode, when read, then it is made private again', async () => {
    const { value } = await resolveApiToken({ apiToken: null, dataDir });
    await chmod(apiTokenFile(dataDir), 0o644);
    expect((await resolveApiToken({ apiToken: null, dataDir })).value).toBe(value);
    expect((await stat(apiTokenFile(dataDir))).mode & 0o777).toBe(0o600);
  });

  it('given a file holding no usable token, when read, then the error names the file and what to do', async () => {
    await resolveApiToken({ apiToken: null, dataDir });
    await writeFile(apiTokenFile(dataDir), 'short\n');
    await expect(resolveApiToken({ apiToken: null, dataDir })).rejects.toThrow(
      `The API token file ${apiTokenFile(dataDir)} holds no token of at least 16 characters; delete it to generate a new one`,
    );
  });
});
