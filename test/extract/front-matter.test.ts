import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import type { PageMessage } from '../../generator/model/page.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const PAGE = 'en/iam/api-ref/ServiceAccount/create.md';
const source = readFileSync(join(FIXTURES, 'survey/docs', PAGE), 'utf8');
const request = (text: string) => {
  const page = extractPage(PAGE, new TextEncoder().encode(text));
  const id = page.services[0]?.methods[0]?.request;
  return { page, message: page.types.find((type): type is PageMessage => type.id === id && type.kind === 'message') };
};

describe('the apiPlayground schema of 2024+ REST pages', () => {
  it('fills the limits the tables leave out', () => {
    const { message } = request(source);
    const field = (name: string) => message?.fields.find((candidate) => candidate.jsonName === name);
    expect(field('name')?.constraints.pattern).toBe('|[a-z][-a-z0-9]{1,61}[a-z0-9]');
    expect(field('labels')).toMatchObject({ map: { key: 'string' }, constraints: { maxItems: 64, maxLength: 63, pattern: '[-_0-9a-z]*' } });
  });

  it('reports front matter that is not YAML and still reads the page', () => {
    const broken = source.replace('apiPlayground:', 'apiPlayground: [unclosed');
    const { page, message } = request(broken);
    expect(page.diagnostics.find((diagnostic) => diagnostic.code === 'bad-front-matter')).toMatchObject({ line: 1, column: 1 });
    expect(message?.fields.map((field) => field.jsonName)).toContain('name');
  });
});
