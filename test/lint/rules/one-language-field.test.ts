import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLanguageField } from '../../../generator/lint/rules/one-language-field.ts';
import { build, findingsOf, lint, LINT_DOCS } from '../lint-of.ts';

const EN = 'en/managed-mysql/api-ref/grpc/Cluster/listBackups.md';
const RU = 'ru/managed-mysql/api-ref/grpc/Cluster/listBackups.md';
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The MySQL ListBackups pair of the training sample, with one row's description taken out of one page. */
function withoutDescription(page: string, description: string): string {
  const docs = mkdtempSync(join(tmpdir(), 'apiref-lint-'));
  folders.push(docs);
  for (const path of [EN, RU]) cpSync(join(LINT_DOCS, path), join(docs, path));
  const text = readFileSync(join(docs, page), 'utf8');
  expect(text).toContain(`${description} ||`);
  writeFileSync(join(docs, page), text.replace(`${description} ||`, ' ||'));
  return docs;
}

const lineOf = (docs: string, page: string, line: number) => readFileSync(join(docs, page), 'utf8').split('\n')[line - 1];

describe('one-language-field', () => {
  const table = [
    { emptied: RU, described: EN, lang: 'EN', description: 'ID of the cluster that the backup was created for.', row: /^\|\| sourceClusterId \|/, otherRow: /^\|\| source_cluster_id \|/ },
    { emptied: EN, described: RU, lang: 'RU', description: 'ID of the folder that the backup belongs to.', row: /^\|\| folder_id \|/, otherRow: /^\|\| folderId \|/ },
  ];
  it.each(table)('a row without text on $emptied, described in $lang', async ({ emptied, described, lang, description, row, otherRow }) => {
    const docs = withoutDescription(emptied, description);
    const findings = findingsOf(await lint(await build(docs), [oneLanguageField]));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.place.source).toBe(emptied);
    expect(lineOf(docs, emptied, finding!.place.line)).toMatch(row);
    expect(finding!.message).toContain(`described in ${lang}`);
    expect(finding!.others).toHaveLength(1);
    expect(finding!.others[0]).toMatchObject({ source: described, relation: 'other language' });
    expect(lineOf(docs, described, finding!.others[0]!.line)).toMatch(otherRow);
  });

  it('finds nothing on the pair as the docs have it', async () => {
    expect(findingsOf(await lint(await build(LINT_DOCS, ['*/managed-mysql/api-ref/grpc/**']), [oneLanguageField]))).toEqual([]);
  });
});
