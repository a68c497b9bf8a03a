import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const EN = 'en/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md';
const RU = 'ru/_api-ref/mdb/redis/api-ref/Cluster/listHosts.md';

describe('pages that document one message with different fields', () => {
  it('say so on the page that lacks them, naming where the others are documented', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[EN, docsPage(EN)], [RU, docsPage(RU)]]) });
    const differs = ir.diagnostics.filter((diagnostic) => diagnostic.code === 'field-set-differs');
    expect(differs.length).toBeGreaterThan(0);
    for (const diagnostic of differs) {
      expect(diagnostic).toMatchObject({ severity: 'info', source: RU });
      expect(diagnostic.message).toContain(`${EN}:`);
    }
    expect(differs.map((diagnostic) => diagnostic.message).join('\n')).toContain('diskTypeId');
  });
});
