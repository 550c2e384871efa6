import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from 'helmet';

/** The page's own files (src/web/public), found from this file so it works from src/ (tests) and dist/ alike. */
function publicDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'src', 'web', 'public');
    if (existsSync(join(dir, 'package.json')) && existsSync(join(candidate, 'index.html'))) return candidate;
  }
  throw new Error('src/web/public not found above ' + fileURLToPath(import.meta.url));
}

/** The root folder of an installed package, from where node resolves it. */
function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && dir.endsWith(join('node_modules', name))) return dir;
  }
  throw new Error(`Package ${name} not found`);
}

export interface WebAssets {
  readonly index: string;
  /**
   * The page's Content-Security-Policy: the service's strict default (only its own scripts)
   * plus the hash of the page's one inline script, its import map, which browsers only take inline.
   */
  readonly contentSecurityPolicy: string;
  /** File name under /web/ to its path: the page's own files and the libraries it imports. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Every file the page may load, listed once at start-up: requests name a file of this list
 * or get 404, so no request path ever reaches the file system.
 */
export function webAssets(): WebAssets {
  const own = publicDir();
  const files = new Map<string, string>();
  for (const name of readdirSync(own)) if (/\.(?:js|css)$/.test(name)) files.set(name, join(own, name));
  // Served from node_modules as the packages ship them (ES modules, no bundler).
  const preact = packageDir('preact');
  const htm = packageDir('htm');
  const uplot = packageDir('uplot');
  files.set('vendor/preact.mjs', join(preact, 'dist', 'preact.mjs'));
  files.set('vendor/preact-hooks.mjs', join(preact, 'hooks', 'dist', 'hooks.mjs'));
  files.set('vendor/htm.mjs', join(htm, 'dist', 'htm.mjs'));
  files.set('vendor/uplot.mjs', join(uplot, 'dist', 'uPlot.esm.js'));
  files.set('vendor/uplot.css', join(uplot, 'dist', 'uPlot.min.css'));
  for (const path of files.values()) if (!existsSync(path)) throw new Error(`Web asset missing: ${path}`);
  const index = join(own, 'index.html');
  return { index, files, contentSecurityPolicy: pageContentSecurityPolicy(readFileSync(index, 'utf8')) };
}

function pageContentSecurityPolicy(html: string): string {
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (importMap === undefined) throw new Error('The page has no import map');
  const hash = createHash('sha256').update(importMap).digest('base64');
  const directives = { ...helmet.contentSecurityPolicy.getDefaultDirectives() };
  directives['script-src'] = ["'self'", `'sha256-${hash}'`];
  // The service speaks plain HTTP (on localhost, or behind a proxy that terminates TLS).
  delete directives['upgrade-insecure-requests'];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...[...(values as Iterable<string>)]].join(' '))
    .join('; ');
}
