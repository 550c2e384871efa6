import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The rules `npm run lint` checks src/ with, run on a fixture tree that breaks them on
 * purpose: a rule that never fires would let backward imports back in unnoticed.
 */
const root = new URL('../../../', import.meta.url).pathname;
const fixture = new URL('../../fixtures/architecture/', import.meta.url).pathname;

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

async function violationsIn(dir: string): Promise<Violation[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`, 'src', '--config', `${root}.dependency-cruiser.cjs`, '--output-type', 'json'],
    { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the dependency rules', () => {
  let found: { rule: string; from: string; to: string }[];

  beforeAll(async () => {
    found = (await violationsIn(fixture)).map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  }, 60_000);

  it('given projections importing an API controller, when checked, then it is refused as backward', () => {
    expect(found).toContainEqual({
      rule: 'no-backward-import-from-projections-relay',
      from: 'src/projections/read-api.module.ts',
      to: 'src/api/stories.controller.ts',
    });
  });

  it('given a decider importing the store implementation, when checked, then it is refused, while the port is allowed', () => {
    expect(found).toContainEqual({
      rule: 'no-backward-import-from-decider',
      from: 'src/ingestion/facts/decide-facts.ts',
      to: 'src/event-store/timed-appends.ts',
    });
    expect(found.filter((v) => v.to === 'src/event-store/event-store.port.ts')).toEqual([]);
  });

  it('given config importing a layer, when checked, then it is refused', () => {
    expect(found).toContainEqual({
      rule: 'foundations-import-no-layer',
      from: 'src/config/migrations.ts',
      to: 'src/projections/read-api.module.ts',
    });
    expect(found).toHaveLength(3);
  });
});
