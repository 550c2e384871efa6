import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Browser tests drive Debian's `chromium` (.ci/run installs it when missing). Under CI=true a
 * missing browser is an error; elsewhere the tests are skipped with one line saying why.
 */
export const chromiumPath = (): string | null => {
  const path = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no chromium at ${path}: .ci/run must install it`);
  return null;
};

export const describeWithChromium: jest.Describe = (() => {
  if (chromiumPath()) return describe;
  console.warn('Skipping browser tests: install chromium (apt-get install chromium) or set CHROMIUM_PATH');
  return describe.skip;
})();

/**
 * A headless chromium that reaches nothing but the pages it is sent to. Playwright gives every
 * launch a fresh profile of its own (it refuses a --user-data-dir argument).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
