import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageShape } from '../../../generator/extract/layouts/page-layout.ts';
import { LAYOUT_NAMES, PAGE_LAYOUTS } from '../../../generator/extract/layouts/registry.ts';
import { mayBeApiReference } from '../../../generator/extract/scan.ts';
import { splitSections } from '../../../generator/extract/sections.ts';
import { parseWhole } from '../../../generator/parse/processor.ts';
import { DOCS, FIXTURES, ROOT } from '../../helpers/fixtures.ts';

const realPages = (): [string, string][] =>
  [DOCS, FIXTURES].flatMap((root) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.md'))
      .map((path): [string, string] => [join(root, path), readFileSync(join(root, path), 'utf8')])
      .filter(([, text]) => mayBeApiReference(text)),
  );

describe('the layout registry', () => {
  it('claims every real page for one layout at most, and each layout for some page', { timeout: 180_000 }, () => {
    const claimed = new Set<string>();
    for (const [path, text] of realPages()) {
      const shape = new PageShape(splitSections(parseWhole(text)));
      const claims = PAGE_LAYOUTS.filter((layout) => layout.detect(shape)).map((layout) => layout.name);
      expect(claims.length, `${path}: ${claims.join(', ')}`).toBeLessThanOrEqual(1);
      claims.forEach((name) => claimed.add(name));
    }
    expect([...claimed].sort()).toEqual(PAGE_LAYOUTS.map((layout) => layout.name).sort());
  });

  it('is the layout list of the IR schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'generator/model/ir-v1.schema.json'), 'utf8'));
    const layoutEnums = JSON.stringify(schema).match(/"layout":\{"enum":\[[^\]]*\]/g) ?? [];
    expect(layoutEnums).toHaveLength(1);
    expect(JSON.parse(layoutEnums[0]!.slice('"layout":{"enum":'.length))).toEqual(LAYOUT_NAMES);
  });

  it('has every layout described in the IR document', () => {
    const rows = readFileSync(join(ROOT, 'generator/model/ir-v1.md'), 'utf8').match(/^\| `[a-z-]+` \|/gm) ?? [];
    const described = rows.map((row) => row.slice(3, row.indexOf('`', 3)));
    expect(LAYOUT_NAMES.filter((name) => !described.includes(name))).toEqual([]);
  });
});
