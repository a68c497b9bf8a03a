import { describe, expect, it } from 'vitest';
import { detectLang } from '../../generator/extract/page-facts.ts';
import { parseMarkdown } from '../../generator/parse/processor.ts';

describe('page facts', () => {
  it.each([
    ['ru/x.md', '# Метод listBackups\nПолучает список доступных резервных копий.', 'ru'],
    ['ru/x.md', '# Managed Service for Redis API, REST: Cluster.ListBackups\n\nRetrieves the list of backups.', 'en'],
    ['en/x.md', '# Method get\nReturns the specified cluster with its hosts, settings and backup windows (кластер).', 'en'],
    ['ru/x.md', '```\nGET /x\n```', 'ru'],
  ])('the language of %s "%s" is %s', (path, text, want) => expect(detectLang(parseMarkdown(text), path)).toBe(want));
});
