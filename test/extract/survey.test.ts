import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import type { DocsIr, Message } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

/** Pages of services the extractors were not developed on (test/fixtures/survey/README.md). */
const SURVEY = join(FIXTURES, 'survey/docs');
const pages = readdirSync(SURVEY, { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.md'))
  .sort();

describe('pages of other services', () => {
  it.each(pages)('%s is read as a method page without errors', (path) => {
    const page = extractPage(path, new Uint8Array(readFileSync(join(SURVEY, path))));
    expect(page.source.layout).not.toBe('other');
    expect(page.services.flatMap((service) => service.methods).length).toBeGreaterThan(0);
    expect(page.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  describe('merged', () => {
    let ir: DocsIr;
    beforeAll(async () => {
      ({ ir } = await buildIr({ docsDir: SURVEY }));
    });
    const service = (name: string) => ir.services.find((candidate) => candidate.name === name);
    const message = (id: string) => ir.types[id] as Message | undefined;

    it('keeps the package of services outside yandex.cloud', () => {
      expect(service('Synthesizer')?.id).toBe('speechkit.tts.v3.Synthesizer');
    });

    it('reads a request line written as inline code with no host', () => {
      expect(service('CloudService')?.methods[0]?.http).toMatchObject({ verb: 'GET', host: '', path: '/resource-manager/v1/clouds/{cloudId}', pathParams: ['cloudId'] });
    });

    it('invents no type for the bare object a legacy Operation response is', () => {
      const attachDisk = service('InstanceService')?.methods.find((method) => method.name === 'AttachDisk');
      expect(attachDisk?.operation).toEqual({ metadata: null, response: null });
    });

    it('writes `|| Empty | > ||` as a message without fields', () => {
      expect(message('speechkit.tts.v3.ForceSynthesisEvent')?.fields).toEqual([]);
    });

    it('keeps the documented name of a oneof other pages only list', () => {
      expect(message('yandex.cloud.operation.Operation')?.oneofs).toEqual([{ name: 'result', fields: ['error', 'response'], required: false }]);
    });

    it('keeps descriptions as written, without <br> or the legacy `false` artefact', () => {
      const texts = JSON.stringify(ir.services.flatMap((candidate) => candidate.methods.map((method) => method.description))) + JSON.stringify(ir.types);
      expect(texts).not.toContain('<br>');
      expect(texts).not.toMatch(/\. false /);
      expect(texts).not.toContain('\\\\---');
    });
  });
});
