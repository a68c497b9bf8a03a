import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../generator/diff/change.ts';
import { diffIr } from '../../generator/diff/diff-ir.ts';
import { catalogs } from '../../generator/diff/report/catalog.ts';
import { formatJson } from '../../generator/diff/report/json.ts';
import { formatMarkdown } from '../../generator/diff/report/markdown.ts';
import { makeReport } from '../../generator/diff/report/report.ts';
import { formatText } from '../../generator/diff/report/text.ts';
import { ruleIds } from '../../generator/diff/rules.ts';
import { baseModel, edited, field, fieldOf, ids, messageOf } from './model.ts';

const schema = JSON.parse(readFileSync(new URL('../../generator/diff/report/diff-report.schema.json', import.meta.url), 'utf8'));

/** One change of every severity: a removed response field, an added request field, a reworded description. */
function sampleReport() {
  const after = edited((ir) => {
    messageOf(ir, ids.thing).fields = messageOf(ir, ids.thing).fields.filter((f) => f.jsonName !== 'createdAt');
    messageOf(ir, ids.createRequest).fields.push(field('projectId'));
    fieldOf(ir, ids.thing, 'id').description = { en: 'ID of the thing.', ru: 'Идентификатор.' };
  });
  return makeReport('old', 'new', diffIr(baseModel(), after));
}

/** A change of the given rule with every detail filled in, to render each message. */
const anyChange = (rule: Change['rule']): Change => ({
  rule, severity: 'breaking', direction: 'request', product: 'things', service: ids.service, method: 'Create',
  type: ids.thing, path: 'a.b', subject: 'b', lang: 'en', before: 'x', after: 'y',
});

describe('report formats', () => {
  it('text lists changes by severity, product and service, breaking first', () => {
    expect(formatText(sampleReport(), 'en')).toBe(
      [
        'API changes: 1 breaking, 1 non-breaking, 2 docs-only; implies a major version bump (semver; on 0.x one place lower)',
        '',
        'Breaking changes (1)',
        `  things · ${ids.service}`,
        `    Create › createdAt: response field \`createdAt\` removed · in \`${ids.thing}\``,
        '',
        'Non-breaking changes (1)',
        `  things · ${ids.service}`,
        `    Create › projectId: request field \`projectId\` added (string) · in \`${ids.createRequest}\``,
        '',
        'Documentation-only changes (2)',
        `  things · ${ids.service}`,
        `    Create › id: description changed (en) for \`id\` · in \`${ids.thing}\``,
        `    Create › id: description added (ru) for \`id\` · in \`${ids.thing}\``,
        '',
      ].join('\n'),
    );
  });

  it('markdown is a PR comment with docs-only changes folded', () => {
    const markdown = formatMarkdown(sampleReport(), 'en');
    expect(markdown.startsWith('## API changes\n\n**1 breaking, 1 non-breaking, 2 docs-only**')).toBe(true);
    expect(markdown.indexOf('### Breaking changes (1)')).toBeLessThan(markdown.indexOf('### Non-breaking changes (1)'));
    expect(markdown).toContain(`#### things · \`${ids.service}\`\n\n- \`Create › createdAt\`: response field \`createdAt\` removed`);
    expect(markdown).toMatch(/<details>\n<summary>Documentation-only changes \(2\)<\/summary>\n[\s\S]*<\/details>\n$/);
  });

  it('markdown keeps within a PR comment and says how many it left out', () => {
    const after = edited((ir) => {
      for (let i = 0; i < 2000; i++) messageOf(ir, ids.thing).fields.push(field(`extraFieldNumber${i}`));
    });
    const markdown = formatMarkdown(makeReport('a', 'b', diffIr(baseModel(), after)), 'en');
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toMatch(/… and \d+ more/);
  });

  it('JSON validates against its schema and is stable', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const json = formatJson(sampleReport(), 'ru');
    const document = JSON.parse(json);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.level).toBe('major');
    expect(document.summary).toEqual({ breaking: 1, nonBreaking: 1, docsOnly: 2 });
    expect(document.changes[0].message).toBe(`удалено поле ответа \`createdAt\` · в \`${ids.thing}\``);
    expect(formatJson(sampleReport(), 'ru')).toBe(json);
  });

  it('an empty diff says so', () => {
    const report = makeReport('a', 'b', []);
    expect(formatText(report, 'ru')).toBe('Изменения API: ломающих: 0, совместимых: 0, только в документации: 0; новая версия не нужна\nИзменений в API и документации нет.\n');
    expect(formatMarkdown(report, 'en')).toContain('No API or documentation changes.');
  });
});

describe('catalogs', () => {
  it('the schema lists every rule', () => {
    expect(schema.$defs.change.properties.rule.enum).toEqual(ruleIds);
  });

  it.each(ruleIds)('%s has a distinct English and a Russian message', (rule) => {
    const english = catalogs.en.message[rule](anyChange(rule));
    const russian = catalogs.ru.message[rule](anyChange(rule));
    expect(english).toMatch(/[a-z]{3}/);
    expect(russian).toMatch(/[а-яё]{3}/);
    const others = ruleIds.filter((r) => r !== rule);
    expect(others.map((r) => catalogs.ru.message[r](anyChange(r)))).not.toContain(russian);
    expect(others.map((r) => catalogs.en.message[r](anyChange(r)))).not.toContain(english);
  });
});
