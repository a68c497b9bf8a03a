import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import type { DocsIr, Message } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

/** Pages of services the extractors were not developed on (README.md in test/fixtures/survey and survey2). */
const SURVEY = join(FIXTURES, 'survey/docs');
const SURVEY2 = join(FIXTURES, 'survey2/docs');
const SURVEY3 = join(FIXTURES, 'survey3/docs');
/** Index pages of the surveys: read, and rightly declaring no method. */
const isIndex = (path: string): boolean => path.endsWith('/index.md');
const pagesOf = (root: string): [string, string][] =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.md'))
    .sort()
    .map((path) => [path, root]);

describe('pages of other services', () => {
  it.each([...pagesOf(SURVEY), ...pagesOf(SURVEY2), ...pagesOf(SURVEY3).filter(([path]) => !isIndex(path))])('%s is read as a method page without errors', (path, root) => {
    const page = extractPage(path, new Uint8Array(readFileSync(join(root, path))));
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

  describe('merged (second survey)', () => {
    let ir: DocsIr;
    beforeAll(async () => {
      ({ ir } = await buildIr({ docsDir: SURVEY2 }));
    });
    const message = (id: string) => ir.types[id] as Message | undefined;
    const field = (id: string, jsonName: string) => message(id)?.fields.find((candidate) => candidate.jsonName === jsonName);

    it('joins a REST resource with its gRPC service where the service is not named *Service', () => {
      const recognizers = ir.services.filter((service) => service.name.startsWith('AsyncRecognizer'));
      expect(recognizers.map((service) => service.id)).toEqual(['speechkit.stt.v3.AsyncRecognizer']);
      const get = recognizers[0]?.methods.find((method) => method.name === 'GetRecognition');
      expect(get).toMatchObject({ serverStreaming: true, http: { verb: 'GET' } });
    });

    it('reads an rpc line whose response is a code span, and the messages of every call', () => {
      const recognizeFile = ir.services.find((service) => service.name === 'AsyncRecognizer')?.methods.find((method) => method.name === 'RecognizeFile');
      expect(recognizeFile?.operation).toEqual({ metadata: null, response: 'google.protobuf.Empty' });
      expect(message('managed-kubernetes.ListVersionsRequest')).toMatchObject({ fields: [], sources: [expect.stringMatching(/version_service\.md:\d+$/)] });
      expect(ir.diagnostics.filter((diagnostic) => diagnostic.code === 'undocumented-type' || diagnostic.severity === 'error')).toEqual([]);
    });

    it('lets a gRPC page\'s Struct outrank the map a legacy REST page guesses from a bare object', () => {
      expect(field('yandex.cloud.datasphere.v2.ProjectExecutionRequest', 'inputVariables')).toMatchObject({ type: { wellKnown: 'Struct' }, map: null });
    });

    it('keeps one type for an enum shown inline in several messages, or named by a link', () => {
      expect(Object.keys(ir.types).filter((id) => id.endsWith('.CaptchaComplexity'))).toEqual(['yandex.cloud.smartcaptcha.v1.Captcha.CaptchaComplexity']);
      expect(ir.types['yandex.cloud.logging.v1.LogLevel.Level']?.kind).toBe('enum');
    });

    it('takes a required oneof from the apiPlayground schema', () => {
      expect(message('yandex.cloud.backup.v1.ListBackupsRequest')?.oneofs[0]?.required).toBe(true);
    });

    it('keeps the documented order of enum values across pages', () => {
      const windowType = ir.types['speechkit.stt.v3.RecognitionClassifierUpdate.WindowType'];
      expect(windowType?.kind === 'enum' && windowType.values.map((value) => value.name)).toEqual(['WINDOW_TYPE_UNSPECIFIED', 'LAST_UTTERANCE', 'LAST_FINAL', 'LAST_PARTIAL']);
    });

    it('keeps a named response without a table as that message', () => {
      const publish = ir.services.flatMap((service) => service.methods).find((method) => method.name === 'Publish');
      expect(publish?.response).toBe('yandex.cloud.iot.broker.v1.PublishBrokerDataResponse');
    });

    it('keeps legacy descriptions as written', () => {
      const texts = JSON.stringify(ir.types);
      expect(texts).not.toContain('&#x20;');
      expect(texts).not.toContain('\\\\[');
    });
  });

  describe('merged (third survey)', () => {
    let ir: DocsIr;
    beforeAll(async () => {
      ({ ir } = await buildIr({ docsDir: SURVEY3 }));
    });
    const field = (suffix: string, jsonName: string) => {
      const type = Object.values(ir.types).find((candidate) => candidate.id.endsWith(suffix));
      return type?.kind === 'message' ? type.fields.find((candidate) => candidate.jsonName === jsonName) : undefined;
    };

    it('reads a pattern whose unescaped pipe cut the legacy table row', () => {
      expect(field('.CreateTriggerRequest', 'name')?.constraints.pattern).toBe('|[a-z][-a-z0-9]{1,61}[a-z0-9]');
    });

    it('gives services of different products that share a package their own ids', () => {
      const ids = ir.services.map((service) => service.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('managed-trino.MaintenanceService');
    });

    it('joins a legacy gRPC folder with the REST product of its legacy REST twin', () => {
      expect(ir.services.filter((service) => service.name === 'SttService').map((service) => [service.product, service.methods.map((method) => method.name)])).toEqual([
        ['speech-stt', ['LongRunningRecognize', 'StreamingRecognize']],
      ]);
    });

    it('joins a legacy gRPC page in nested folders with the current pages of its service', () => {
      expect(ir.services.filter((service) => service.name === 'TriggerService').map((service) => [service.id, service.product, service.methods.length])).toEqual([
        ['yandex.cloud.serverless.triggers.v1.TriggerService', 'functions', 6],
      ]);
    });

    it('resolves a nested type linked through its parent\'s anchor by the link text', () => {
      expect(field('.CreateTriggerRequest', 'rule')?.type).toEqual({ ref: expect.stringMatching(/\.Rule$/) });
    });

    it('reads the oldest length sentences and makes open-ended counts valid regexes', () => {
      expect(ir.services.find((service) => service.name === 'NetworkService')).toBeDefined();
      expect(Object.values(ir.types).some((type) => type.kind === 'message' && type.fields.some((candidate) => candidate.jsonName === 'pageToken' && candidate.constraints.maxLength === 100))).toBe(true);
      expect(field('.DetachDisk.Request', 'deviceName')?.constraints.pattern).toBe('[a-z][a-z0-9-_]{0,19}');
    });

    it('keeps the standard shape of google.rpc.Status without a false conflict', () => {
      expect(ir.diagnostics.filter((diagnostic) => diagnostic.code === 'conflicting-field-type')).toEqual([]);
      expect(field('google.rpc.Status', 'details')).toMatchObject({ type: { wellKnown: 'Any' }, repeated: true, map: null });
    });

    it('keeps one enum for the same inline enum of two legacy REST messages', () => {
      expect(Object.keys(ir.types).filter((id) => id.startsWith('monitoring.') && id.endsWith('.Kind'))).toHaveLength(1);
    });

    it('takes the package of a REST page without a request anchor from its operation metadata', () => {
      expect(ir.services.filter((service) => service.product === 'managed-ytsaurus').map((service) => service.id)).toEqual(['yandex.cloud.ytsaurus.v1.ClusterService']);
    });

    it('reads the items of an oldest-form List response written without []', () => {
      const list = ir.services.find((service) => service.name === 'NetworkService')?.methods.find((method) => method.name === 'List');
      expect(list?.pagination?.items).toBe('networks');
      expect(ir.diagnostics.some((diagnostic) => diagnostic.code === 'inferred-list' && diagnostic.source === 'ru/vpc/api-ref/Network/list.md')).toBe(true);
    });

    it('never keeps a literal `undefined` as a host', () => {
      const hosts = ir.services.flatMap((service) => service.methods.map((method) => method.http?.host));
      expect(hosts).not.toContain('undefined');
      expect(ir.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-host')).toBe(true);
    });
  });
});
