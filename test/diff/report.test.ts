import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../generator/diff/change.ts';
import { diffIr } from '../../generator/diff/diff-ir.ts';
import { catalogs } from '../../generator/diff/report/catalog.ts';
import { formatJson } from '../../generator/diff/report/json.ts';
import { formatMarkdown } from '../../generator/diff/report/markdown.ts';
import { makeReport, type ReportContext } from '../../generator/diff/report/report.ts';
import { formatGithub } from '../../generator/diff/report/github.ts';
import { formatJunit } from '../../generator/diff/report/junit.ts';
import { formatText } from '../../generator/diff/report/text.ts';
import { ruleIds } from '../../generator/diff/rules.ts';
import { baseModel, edited, field, fieldOf, ids, messageOf } from './model.ts';

const schema = JSON.parse(readFileSync(new URL('../../generator/diff/report/diff-report.schema.json', import.meta.url), 'utf8'));

/** One change of every severity: a removed response field, an added request field, a reworded description. */
function sampleReport(context: ReportContext = {}) {
  const before = edited((ir) => { messageOf(ir, ids.thing).sources = ['en/things/api-ref/Thing/get.md:40']; });
  const after = edited((ir) => {
    messageOf(ir, ids.thing).fields = messageOf(ir, ids.thing).fields.filter((f) => f.jsonName !== 'createdAt');
    messageOf(ir, ids.createRequest).fields.push(field('projectId'));
    fieldOf(ir, ids.thing, 'id').description = { en: 'ID of the thing.', ru: 'Идентификатор.' };
  }, before);
  return makeReport('old', 'new', diffIr(before, after), { placePrefix: 'docs/', version: () => ({ from: '0.3.1', to: '0.4.0' }), ...context });
}

/** A change of the given rule with every detail filled in, to render each message. */
const anyChange = (rule: Change['rule']): Change => ({
  rule, severity: 'breaking', direction: 'request', product: 'things', service: ids.service, method: 'Create',
  type: ids.thing, path: 'a.b', subject: 'b', lang: 'en', before: 'x', after: 'y',
  route: null, source: null, affected: [], also: [], accepted: null,
});

describe('report formats', () => {
  it('text lists changes by severity, product and service, breaking first, each as oasdiff prints it', () => {
    const service = ids.service;
    expect(formatText(sampleReport(), 'en')).toBe(
      [
        'API changes: 1 breaking, 0 warnings, 1 non-breaking, 2 docs-only; implies a major version bump: 0.3.1 → 0.4.0 (on 0.x one place lower)',
        'compared old (old) with new (new)',
        '',
        'Breaking changes (1)',
        `  things · ${service}`,
        `    error [field-removed] ${service}/Create › createdAt: response field \`createdAt\` removed · in \`${ids.thing}\``,
        '        in API POST /things/v1/things',
        '        at docs/en/things/api-ref/Thing/get.md:40',
        `        also affects \`${service}/Get\`, \`${service}/List\``,
        '',
        'Non-breaking changes (1)',
        `  things · ${service}`,
        `    info [field-added] ${service}/Create › projectId: request field \`projectId\` added (string) · in \`${ids.createRequest}\``,
        '        in API POST /things/v1/things',
        '',
        'Documentation-only changes (2)',
        `  things · ${service}`,
        `    info [description-changed] ${service}/Create › id: description changed (en) for \`id\` · in \`${ids.thing}\``,
        `    info [description-changed] ${service}/Create › id: description added (ru) for \`id\` · in \`${ids.thing}\``,
        '',
      ].join('\n'),
    );
  });

  it('markdown is a PR comment: the sides, the version, each change with rule, route and page; docs-only folded', () => {
    const markdown = formatMarkdown(sampleReport(), 'en');
    expect(markdown.startsWith('## API changes\n\n**1 breaking, 0 warnings, 1 non-breaking, 2 docs-only** — implies a major version bump: 0.3.1 → 0.4.0 (on 0.x one place lower)\n\n<sub>compared `old` (old) with `new` (new)</sub>')).toBe(true);
    expect(markdown.indexOf('### Breaking changes (1)')).toBeLessThan(markdown.indexOf('### Non-breaking changes (1)'));
    expect(markdown).toContain(
      `#### things · \`${ids.service}\`\n\n- **error** \`[field-removed]\` \`${ids.service}/Create › createdAt\`: response field \`createdAt\` removed · in \`${ids.thing}\`` +
        `<br>in API \`POST /things/v1/things\` · at \`docs/en/things/api-ref/Thing/get.md:40\` · also affects \`${ids.service}/Get\`, \`${ids.service}/List\``,
    );
    expect(markdown).toMatch(/<details>\n<summary>Documentation-only changes \(2\)<\/summary>\n[\s\S]*<\/details>\n$/);
  });

  it('github annotations put each API change on its page; docs-only changes stay out', () => {
    const lines = formatGithub(sampleReport(), 'en').trimEnd().split('\n');
    expect(lines[0]).toBe(
      `::error file=docs/en/things/api-ref/Thing/get.md,line=40,title=apiref field-removed::response field \`createdAt\` removed · in \`${ids.thing}\` (${ids.service}/Create › createdAt; POST /things/v1/things)`,
    );
    expect(lines[1]).toMatch(/^::notice title=apiref field-added::request field `projectId` added/);
    expect(lines.at(-1)).toBe('::notice title=apiref diff::1 breaking, 0 warnings, 1 non-breaking, 2 docs-only; implies a major version bump: 0.3.1 → 0.4.0 (on 0.x one place lower)');
    expect(lines).toHaveLength(3);
  });

  it('junit: a failing test case per breaking change, accepted ones skipped', () => {
    const accept = [{ rule: 'field-removed' as const, location: `${ids.service}/Create › createdAt`, reason: 'never <returned>' }];
    const plain = formatJunit(sampleReport(), 'en');
    expect(plain).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="apiref diff old → new" tests="4" failures="1">/);
    expect(plain).toContain(`<testcase classname="${ids.service}" name="[field-removed] ${ids.service}/Create › createdAt" file="docs/en/things/api-ref/Thing/get.md" line="40"><failure type="field-removed"`);
    expect(plain.match(/<testcase /g)).toHaveLength(4);
    const accepted = formatJunit(sampleReport({ policy: { accept, severities: {} } }), 'en');
    expect(accepted).toContain('failures="0"');
    expect(accepted).toContain('<skipped message="accepted: never &lt;returned&gt;"/>');
  });

  it('the accept file lets a breaking change through with its reason; severities are per rule', () => {
    const accept = [{ rule: 'field-removed' as const, location: `${ids.service}/Create › createdAt`, reason: 'never returned' }];
    const report = sampleReport({ policy: { accept, severities: { 'field-added': 'warning' } } });
    expect(report.counts).toEqual({ breaking: 1, warning: 1, 'non-breaking': 0, 'docs-only': 2 });
    const stricter = sampleReport({ policy: { accept: [], severities: { 'field-added': 'warning', 'description-changed': 'breaking' } } });
    expect(stricter.changes.map((c) => c.severity)).toEqual(['breaking', 'breaking', 'breaking', 'warning']);
    expect(report.accepted).toBe(1);
    expect(report.level).toBe('major');
    expect(formatText(report, 'en')).toContain('        accepted: never returned\n');
  });

  it('markdown keeps within a PR comment and says how many it left out', () => {
    const after = edited((ir) => {
      for (let i = 0; i < 2000; i++) messageOf(ir, ids.thing).fields.push(field(`extraFieldNumber${i}`));
    });
    const markdown = formatMarkdown(makeReport('a', 'b', diffIr(baseModel(), after)), 'en');
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toMatch(/… and \d+ more — apiref diff --format json lists them all/);
    const linked = formatMarkdown(makeReport('a', 'b', diffIr(baseModel(), after), { fullReport: 'https://ci.example/run/7' }), 'en');
    expect(linked).toMatch(/… and \d+ more — \[the full report: https:\/\/ci\.example\/run\/7\]\(https:\/\/ci\.example\/run\/7\)/);
  });

  it('JSON validates against its schema and is stable', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const json = formatJson(sampleReport(), 'ru');
    const document = JSON.parse(json);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.level).toBe('major');
    expect(document.summary).toEqual({ breaking: 1, warning: 0, nonBreaking: 1, docsOnly: 2, accepted: 0 });
    expect(document.version).toEqual({ from: '0.3.1', to: '0.4.0' });
    expect(document.changes[0]).toMatchObject({ location: `${ids.service}/Create › createdAt`, place: 'docs/en/things/api-ref/Thing/get.md:40', route: 'POST /things/v1/things' });
    expect(document.changes[0].message).toBe(`удалено поле ответа \`createdAt\` · в \`${ids.thing}\``);
    expect(formatJson(sampleReport(), 'ru')).toBe(json);
  });

  it('an empty diff says so', () => {
    const report = makeReport('a', 'b', []);
    expect(formatText(report, 'ru')).toBe(
      'Изменения API: ломающих: 0, предупреждений: 0, совместимых: 0, только в документации: 0; новая версия не нужна\nсравнивались a (старая версия) и b (новая)\nИзменений в API и документации нет.\n',
    );
    expect(formatMarkdown(report, 'en')).toContain('No API or documentation changes.');
  });
});

describe('catalogs', () => {
  it('name at most ten other methods a change affects in a line; the JSON lists them all', () => {
    const methods = Array.from({ length: 25 }, (_, i) => `s/M${i}`);
    expect(catalogs.en.affects(methods)).toBe(`also affects ${methods.slice(0, 10).map((m) => `\`${m}\``).join(', ')} and 15 more`);
    expect(catalogs.ru.affects(methods.slice(0, 2))).toBe('затрагивает также `s/M0`, `s/M1`');
  });

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
