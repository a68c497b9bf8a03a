import { FORMATS, type FormatName } from '../../lint/format/index.ts';
import { ruleLevels } from '../../lint/levels.ts';
import { RULES } from '../../lint/rules/index.ts';
import { runLint } from '../../lint/run-lint.ts';
import type { PageExtract } from '../../model/page.ts';
import { buildIrWithConfig } from '../../pipeline/build-model.ts';
import { walkDocs } from '../../pipeline/walk-docs.ts';
import type { Command } from '../command.ts';
import { PlaceFormatter } from '../diagnostics.ts';
import { configOptions, configWithDocs, oneOf, parseCommandArgs } from '../options.ts';
import { progressLine } from '../progress.ts';

export const lintCommand: Command = {
  name: 'lint',
  summary: [
    "Report to the docs' writers, page by page, what the pages say against each other (EN/RU,",
    'REST/gRPC, two pages of one type), constraint-like sentences no rule reads, links to missing',
    'anchors and fields described in one language only; each finding names every place involved.',
    'The config\'s "lint.rules" sets a rule to "error", "warning" or "off". Exit 1 if a finding is an',
    'error, 2 on bad usage.',
    '',
    'rules:',
    ...RULES.map((rule) => `  ${rule.name.padEnd(25)}${rule.level.padEnd(9)}${rule.about}`),
  ].join('\n'),
  usage: 'apiref lint [--docs DIR] [--format text|markdown|json|github] [--config FILE] [--no-cache] [--quiet]',
  async run(argv, io) {
    const flags = { docs: configOptions.docs, config: configOptions.config, format: { type: 'string' }, 'no-cache': { type: 'boolean' }, quiet: { type: 'boolean' } } as const;
    const { values } = parseCommandArgs(argv, flags, { min: 0, max: 0 });
    const format = oneOf<FormatName>('format', values.format, Object.keys(FORMATS) as FormatName[], 'text');
    const config = await configWithDocs(io.cwd, { docs: values.docs, config: values.config });
    const levels = ruleLevels(RULES, config.lint.rules);

    let pages: readonly PageExtract[] = [];
    const progress = progressLine(io.stderr, 'apiref lint: pages', !values.quiet);
    const { ir, stats } = await buildIrWithConfig(config, { useCache: !values['no-cache'], onProgress: progress.update, onPages: (read) => (pages = read) }).finally(progress.end);
    const walk = await walkDocs(config.docs, { include: config.pages.include, exclude: config.pages.exclude, maxPageBytes: config.pages.maxBytes });
    const report = await runLint({ ir, pages, docsDir: config.docs, listed: walk.pages.map((page) => page.path) }, levels);
    // The lint reports on the pages it read; one that could not be read must not pass unnoticed.
    if (stats.failed > 0) io.stderr.write(`apiref lint: ${stats.failed} page(s) could not be read and are not linted (\`apiref ir\` lists why)\n`);
    io.stdout.write(FORMATS[format](report, new PlaceFormatter(config.docs, io.cwd)));
    return report.counts.error > 0 ? 1 : 0;
  },
};
