import { resolveApiToken } from '../config/api-token.js';
import { loadSettings } from '../config/settings.js';
import { runCli } from './run-cli.js';

/**
 * `npm run token`: prints the write token alone on stdout, for scripts
 * (`TOKEN=$(npm run -s token)`); where it lives goes to stderr. Generates it on first use,
 * exactly as the service would.
 */
await runCli('token', async ({ log }) => {
  const token = await resolveApiToken(loadSettings());
  process.stderr.write(`${token.created ? 'Generated and stored in' : 'From'} ${token.source}\n`);
  log(token.value);
});
