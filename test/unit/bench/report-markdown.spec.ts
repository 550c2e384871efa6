import { replaceDocsSection } from '../../../bench/support/report-markdown.js';

describe('the report section of docs/benchmarks.md (npm run bench -- --docs)', () => {
  const docs = '# Benchmarks\n\nIntro.\n\n## History\n\nOld runs.\n';

  it('given docs without the section, then the report goes before the first section and the history stays below it', () => {
    const updated = replaceDocsSection(docs, 'report one\n');

    expect(updated.indexOf('report one')).toBeGreaterThan(updated.indexOf('Intro.'));
    expect(updated.indexOf('report one')).toBeLessThan(updated.indexOf('## History'));
    expect(updated).toContain('Old runs.');
  });

  it('given docs with an earlier report, then only the report is replaced', () => {
    const updated = replaceDocsSection(replaceDocsSection(docs, 'report one\n'), 'report two\n');

    expect(updated).toContain('report two');
    expect(updated).not.toContain('report one');
    expect(updated.match(/bench-report:start/g)).toHaveLength(1);
    expect(updated).toContain('Old runs.');
  });
});
