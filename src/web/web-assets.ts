import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  for (const name of readdirSync(own)) if (/\.(js|css)$/.test(name)) files.set(name, join(own, name));
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
  return { index: join(own, 'index.html'), files };
}
