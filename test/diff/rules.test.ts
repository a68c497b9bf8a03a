import { describe, expect, it } from 'vitest';
import type { Change, RuleId } from '../../generator/diff/change.ts';
import { diffIr } from '../../generator/diff/diff-ir.ts';
import { ruleIds } from '../../generator/diff/rules.ts';
import type { DocsIr } from '../../generator/model/ir.ts';
import { baseModel, edited, enumType, field, fieldOf, ids, message, messageOf, method, methodOf, ref } from './model.ts';

/** `rule severity direction`, one per change: what a row expects, in a form a failure shows well. */
const brief = (changes: Change[]) => changes.map((c) => `${c.rule} ${c.severity} ${c.direction ?? '-'}`).sort();

interface Row {
  name: string;
  edit: (ir: DocsIr) => void;
  /** Changes from the base to the edited model. */
  forward: string[];
  /** Changes from the edited model back to the base. */
  backward: string[];
}

const create = (ir: DocsIr) => messageOf(ir, ids.createRequest);
const thing = (ir: DocsIr) => messageOf(ir, ids.thing);

/** The service, a method, a response field, and a message and an enum value sent both ways. */
const docsOnly = [
  'description-changed docs-only -',
  'description-changed docs-only -',
  'description-changed docs-only response',
  'description-changed docs-only both',
  'description-changed docs-only both',
];

const rows: Row[] = [
  // Services and methods.
  {
    name: 'a method removed',
    edit: (ir) => { ir.services[0]!.methods = ir.services[0]!.methods.filter((m) => m.name !== 'Get'); },
    forward: ['method-removed breaking -'],
    backward: ['method-added non-breaking -'],
  },
  {
    name: 'a service removed (its types fold into it)',
    edit: (ir) => {
      ir.services = [];
      ir.types = { [ids.orphan]: ir.types[ids.orphan]! };
    },
    forward: ['service-removed breaking -'],
    backward: ['service-added non-breaking -'],
  },
  {
    name: 'a method removed with the types only it used',
    edit: (ir) => {
      ir.services[0]!.methods = ir.services[0]!.methods.filter((m) => m.name !== 'List');
      delete ir.types[ids.listRequest];
      delete ir.types[ids.listResponse];
    },
    forward: ['method-removed breaking -'],
    backward: ['method-added non-breaking -'],
  },
  {
    name: "a method's request type replaced",
    edit: (ir) => { methodOf(ir, 'Get').request = ids.listRequest; },
    forward: ['method-request-changed breaking -'],
    backward: ['method-request-changed breaking -'],
  },
  {
    name: "a method's response type replaced",
    edit: (ir) => { methodOf(ir, 'Get').response = ids.listResponse; },
    forward: ['method-response-changed breaking -'],
    backward: ['method-response-changed breaking -'],
  },
  {
    name: 'a method made server-streaming',
    edit: (ir) => { methodOf(ir, 'Get').serverStreaming = true; },
    forward: ['method-streaming-changed breaking -'],
    backward: ['method-streaming-changed breaking -'],
  },
  {
    name: 'a service id revealed (same product and name)',
    edit: (ir) => { ir.services[0]!.id = 'things.ThingService'; },
    forward: ['service-id-changed docs-only -'],
    backward: ['service-id-changed docs-only -'],
  },
  // HTTP bindings.
  {
    name: 'the HTTP verb changed',
    edit: (ir) => { methodOf(ir, 'Create').http!.verb = 'PUT'; },
    forward: ['http-verb-changed breaking -'],
    backward: ['http-verb-changed breaking -'],
  },
  {
    name: 'the HTTP path changed',
    edit: (ir) => { methodOf(ir, 'Get').http!.path = '/things/v2/things/{thingId}'; },
    forward: ['http-path-changed breaking -'],
    backward: ['http-path-changed breaking -'],
  },
  {
    name: 'the HTTP body mapping changed',
    edit: (ir) => { methodOf(ir, 'Create').http!.body = 'settings'; },
    forward: ['http-body-changed breaking -'],
    backward: ['http-body-changed breaking -'],
  },
  {
    name: 'the HTTP host placeholder changed',
    edit: (ir) => { methodOf(ir, 'Create').http!.host = 'things.{{ api-host }}'; },
    forward: ['http-host-changed non-breaking -'],
    backward: ['http-host-changed non-breaking -'],
  },
  {
    name: 'a REST binding removed',
    edit: (ir) => { methodOf(ir, 'Get').http = null; },
    forward: ['http-binding-removed breaking -'],
    backward: ['http-binding-added non-breaking -'],
  },
  {
    name: 'pagination removed',
    edit: (ir) => { methodOf(ir, 'List').pagination = null; },
    forward: ['pagination-removed breaking -'],
    backward: ['pagination-added warning -'],
  },
  {
    name: 'the paged items field changed',
    edit: (ir) => { methodOf(ir, 'List').pagination!.items = 'items'; },
    forward: ['pagination-changed breaking -'],
    backward: ['pagination-changed breaking -'],
  },
  {
    name: 'the operation result changed',
    edit: (ir) => { methodOf(ir, 'Create').operation = { metadata: null, response: ids.thing }; },
    forward: ['operation-changed breaking -'],
    backward: ['operation-changed breaking -'],
  },
  // Fields, by direction.
  {
    name: 'a request field removed',
    edit: (ir) => { create(ir).fields = create(ir).fields.filter((f) => f.jsonName !== 'description'); },
    forward: ['field-removed breaking request'],
    backward: ['field-added non-breaking request'],
  },
  {
    name: 'a response field removed',
    edit: (ir) => { thing(ir).fields = thing(ir).fields.filter((f) => f.jsonName !== 'createdAt'); },
    forward: ['field-removed breaking response'],
    backward: ['field-added non-breaking response'],
  },
  {
    name: 'a required request field added',
    edit: (ir) => { create(ir).fields.push(field('projectId', { required: true })); },
    forward: ['required-field-added breaking request'],
    backward: ['field-removed breaking request'],
  },
  {
    name: 'a required response field added',
    edit: (ir) => { thing(ir).fields.push(field('ownerId', { required: true })); },
    forward: ['required-field-added non-breaking response'],
    backward: ['field-removed breaking response'],
  },
  {
    name: 'a field added to a message sent both ways',
    edit: (ir) => { messageOf(ir, ids.settings).fields.push(field('tier', { required: true })); },
    forward: ['required-field-added breaking both'],
    backward: ['field-removed breaking both'],
  },
  {
    name: "a request field's type changed",
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'size').type = { scalar: 'int32' }; },
    forward: ['field-type-changed breaking request'],
    backward: ['field-type-changed breaking request'],
  },
  {
    name: "a response field's type changed from a message to a scalar",
    edit: (ir) => { fieldOf(ir, ids.thing, 'status').type = { scalar: 'string' }; },
    forward: ['field-type-changed breaking response'],
    backward: ['field-type-changed breaking response'],
  },
  {
    name: "a field's JSON name changed",
    edit: (ir) => { fieldOf(ir, ids.thing, 'createdAt').jsonName = 'creationTime'; },
    forward: ['field-json-name-changed breaking response'],
    backward: ['field-json-name-changed breaking response'],
  },
  {
    name: "a field's protobuf name changed",
    edit: (ir) => { fieldOf(ir, ids.thing, 'createdAt').name = 'creation_time'; },
    forward: ['field-proto-name-changed non-breaking response'],
    backward: ['field-proto-name-changed non-breaking response'],
  },
  {
    name: 'a field made repeated',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'description').repeated = true; },
    forward: ['field-shape-changed breaking request'],
    backward: ['field-shape-changed breaking request'],
  },
  {
    name: "a map's key type changed",
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'labels').map = { key: 'int64' }; },
    forward: ['field-shape-changed breaking request'],
    backward: ['field-shape-changed breaking request'],
  },
  {
    name: 'a request field became required',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'description').required = true; },
    forward: ['field-became-required breaking request'],
    backward: ['field-became-optional non-breaking request'],
  },
  {
    name: 'a response field became required',
    edit: (ir) => { fieldOf(ir, ids.thing, 'id').required = true; },
    forward: ['field-became-required non-breaking response'],
    backward: ['field-became-optional breaking response'],
  },
  {
    name: 'a field of a message sent both ways became required',
    edit: (ir) => { fieldOf(ir, ids.settings, 'retention').required = true; },
    forward: ['field-became-required breaking both'],
    backward: ['field-became-optional breaking both'],
  },
  {
    name: 'a field deprecated',
    edit: (ir) => { fieldOf(ir, ids.thing, 'name').deprecated = true; },
    forward: ['field-deprecated non-breaking response'],
    backward: ['field-undeprecated docs-only response'],
  },
  {
    name: 'a request field joined a oneof',
    edit: (ir) => {
      fieldOf(ir, ids.createRequest, 'description').oneof = 'placement';
      create(ir).oneofs[0]!.fields.push('description');
    },
    forward: ['field-joined-oneof breaking request'],
    backward: ['field-left-oneof non-breaking request'],
  },
  {
    name: 'a request oneof became required',
    edit: (ir) => { create(ir).oneofs[0]!.required = true; },
    forward: ['oneof-became-required breaking request'],
    backward: ['oneof-became-optional non-breaking request'],
  },
  // Constraints.
  {
    name: 'a shorter maximum length on a request field',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'name').constraints.maxLength = 30; },
    forward: ['constraint-tightened breaking request'],
    backward: ['constraint-loosened non-breaking request'],
  },
  {
    name: 'a shorter maximum length on a response field',
    edit: (ir) => { fieldOf(ir, ids.thing, 'name').constraints.maxLength = 30; },
    forward: ['constraint-tightened non-breaking response'],
    backward: ['constraint-loosened warning response'],
  },
  {
    name: 'a narrower range on a request field (int64 bounds compared exactly)',
    edit: (ir) => {
      fieldOf(ir, ids.createRequest, 'size').constraints = { minimum: '1', maximum: '999' };
    },
    forward: ['constraint-tightened breaking request', 'constraint-tightened breaking request'],
    backward: ['constraint-loosened non-breaking request', 'constraint-loosened non-breaking request'],
  },
  {
    name: 'a new pattern on a request field',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'description').constraints.pattern = '.{0,256}'; },
    forward: ['constraint-tightened breaking request'],
    backward: ['constraint-loosened non-breaking request'],
  },
  {
    name: 'fewer items allowed in a request list',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'tags').constraints = { minItems: 1, maxItems: 5 }; },
    forward: ['constraint-tightened breaking request', 'constraint-tightened breaking request'],
    backward: ['constraint-loosened non-breaking request', 'constraint-loosened non-breaking request'],
  },
  {
    name: 'a bound rewritten without changing its value',
    edit: (ir) => { fieldOf(ir, ids.createRequest, 'size').constraints.maximum = '1000.0'; },
    forward: [],
    backward: [],
  },
  // Enums and types.
  {
    name: 'an enum value removed',
    edit: (ir) => {
      const kind = ir.types[ids.kind];
      if (kind?.kind === 'enum') kind.values = kind.values.filter((v) => v.name !== 'LARGE');
    },
    forward: ['enum-value-removed breaking both'],
    backward: ['enum-value-added warning both'],
  },
  {
    name: 'a response enum value added',
    edit: (ir) => {
      const status = ir.types[ids.status];
      if (status?.kind === 'enum') status.values.push({ name: 'DELETING', description: {} });
    },
    forward: ['enum-value-added warning response'],
    backward: ['enum-value-removed breaking response'],
  },
  // The package's own surface.
  {
    name: 'a type renamed in place (docs-only in the model, a renamed export in the package)',
    edit: (ir) => {
      const renamedId = 'yandex.cloud.things.v1.Config';
      ir.types[renamedId] = { ...ir.types[ids.settings]!, id: renamedId, name: 'Config' };
      delete ir.types[ids.settings];
      fieldOf(ir, ids.createRequest, 'settings').type = ref(renamedId);
      fieldOf(ir, ids.thing, 'settings').type = ref(renamedId);
    },
    forward: ['type-id-changed docs-only both', 'export-renamed breaking -'],
    backward: ['type-id-changed docs-only both', 'export-renamed breaking -'],
  },
  {
    name: 'a service moved to another product: its exports move to another module, one change',
    edit: (ir) => { ir.services[0]!.product = 'gadgets'; },
    forward: ['export-moved breaking -'],
    backward: ['export-moved breaking -'],
  },
  {
    name: 'a type no method reaches removed',
    edit: (ir) => { delete ir.types[ids.orphan]; },
    forward: ['type-removed breaking none'],
    backward: ['type-added non-breaking none'],
  },
  {
    name: 'a message turned into an enum under the same id',
    edit: (ir) => { ir.types[ids.settings] = enumType(ids.settings, ['A']); },
    forward: ['type-kind-changed breaking both'],
    backward: ['type-kind-changed breaking both'],
  },
  {
    name: 'a type that got a new id at the same place (anonymous → full protobuf name)',
    edit: (ir) => {
      const renamed = { ...messageOf(ir, ids.settings), id: 'things.Settings' };
      delete ir.types[ids.settings];
      ir.types['things.Settings'] = renamed;
      fieldOf(ir, ids.createRequest, 'settings').type = ref('things.Settings');
      fieldOf(ir, ids.thing, 'settings').type = ref('things.Settings');
    },
    forward: ['type-id-changed docs-only both'],
    backward: ['type-id-changed docs-only both'],
  },
  {
    name: "a method's request that got a new id, with a field added",
    edit: (ir) => {
      const renamed = { ...messageOf(ir, ids.getRequest), id: 'things.GetThingRequest' };
      renamed.fields = [...renamed.fields, field('view')];
      delete ir.types[ids.getRequest];
      ir.types['things.GetThingRequest'] = renamed;
      methodOf(ir, 'Get').request = 'things.GetThingRequest';
    },
    forward: ['field-added non-breaking request', 'type-id-changed docs-only request'],
    backward: ['field-removed breaking request', 'type-id-changed docs-only request'],
  },
  // Documentation only.
  {
    name: 'descriptions and links reworded',
    edit: (ir) => {
      ir.services[0]!.description.en = 'Manages [things](/docs/things).';
      methodOf(ir, 'Get').description.ru = 'Возвращает вещь.';
      fieldOf(ir, ids.thing, 'id').description.en = 'ID of the thing.';
      messageOf(ir, ids.settings).description = {};
      const kind = ir.types[ids.kind];
      if (kind?.kind === 'enum') kind.values[0]!.description.en = 'Small.';
    },
    forward: docsOnly,
    backward: docsOnly,
  },
  {
    name: 'sources and diagnostics changed (not API changes)',
    edit: (ir) => {
      ir.sources.push({ path: 'en/things/api-ref/Thing/get.md', lang: 'en', layout: 'rest-method', sha256: 'ab'.repeat(32) });
      ir.diagnostics.push({ severity: 'warning', code: 'x', message: 'y', source: 'en/a.md', line: 1, column: 1 });
      methodOf(ir, 'Get').sources = ['en/things/api-ref/Thing/get.md:3'];
      thing(ir).sources = ['en/things/api-ref/Thing/get.md:40'];
    },
    forward: [],
    backward: [],
  },
];

describe('breaking-change rules, each in both directions', () => {
  it.each(rows)('$name', ({ edit, forward, backward }) => {
    const before = baseModel();
    const after = edited(edit);
    expect(brief(diffIr(before, after))).toEqual([...forward].sort());
    expect(brief(diffIr(after, before))).toEqual([...backward].sort());
  });

  it('the table covers every rule', () => {
    const covered = new Set(rows.flatMap((row) => [...row.forward, ...row.backward]).map((s) => s.split(' ')[0] as RuleId));
    expect(ruleIds.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('reports the same models as no change', () => {
    expect(diffIr(baseModel(), baseModel())).toEqual([]);
  });
});

describe('where a change is reported', () => {
  it('names the first method that reaches the type and the path to the field', () => {
    const after = edited((ir) => {
      messageOf(ir, ids.listResponse).fields[0]!.type = ref(ids.thing);
      thing(ir).fields.push(field('journalSize', { type: { scalar: 'int64' } }));
    });
    const [change] = diffIr(baseModel(), after);
    expect(change).toMatchObject({
      rule: 'field-added',
      product: 'things',
      service: ids.service,
      method: 'Create',
      type: ids.thing,
      path: 'journalSize',
      subject: 'journalSize',
      after: 'int64',
    });
  });

  it('gives nested fields their path through repeated fields', () => {
    const after = edited((ir) => { messageOf(ir, ids.settings).fields.push(field('window')); });
    const before = edited((ir) => {
      methodOf(ir, 'Create').request = ids.listRequest;
      methodOf(ir, 'Get').request = ids.listRequest;
    });
    const moved = edited((ir) => {
      methodOf(ir, 'Create').request = ids.listRequest;
      methodOf(ir, 'Get').request = ids.listRequest;
    }, after);
    expect(diffIr(before, moved).map((c) => `${c.method} ${c.path}`)).toEqual(['Create settings.window']);
  });

  it('sorts breaking changes first', () => {
    const after = edited((ir) => {
      fieldOf(ir, ids.thing, 'id').description.en = 'Changed.';
      thing(ir).fields.push(field('extra'));
      thing(ir).fields = thing(ir).fields.filter((f) => f.jsonName !== 'name');
    });
    expect(diffIr(baseModel(), after).map((c) => c.severity)).toEqual(['breaking', 'non-breaking', 'docs-only']);
  });

  it('judges a type that moved from requests to responses in both directions', () => {
    const after = edited((ir) => {
      fieldOf(ir, ids.createRequest, 'kind').type = { scalar: 'string' };
      const status = ir.types[ids.status];
      if (status?.kind === 'enum') status.values.pop();
      fieldOf(ir, ids.thing, 'status').type = ref(ids.kind);
    });
    const removed = diffIr(baseModel(), after).filter((c) => c.rule === 'enum-value-removed');
    expect(removed.map((c) => c.direction)).toEqual(['response']);
  });
});

describe('one change per cause, every method it reaches', () => {
  it('a removed field with its enum is one change that names the enum; likewise an added one', () => {
    const after = edited((ir) => {
      thing(ir).fields = thing(ir).fields.filter((f) => f.jsonName !== 'status');
      delete ir.types[ids.status];
    });
    const removed = diffIr(baseModel(), after);
    expect(brief(removed)).toEqual(['field-removed breaking response']);
    expect(removed[0]).toMatchObject({ subject: 'status', also: [ids.status] });
    const added = diffIr(after, baseModel());
    expect(brief(added)).toEqual(['field-added non-breaking response']);
    expect(added[0]).toMatchObject({ subject: 'status', also: [ids.status] });
  });

  it('a type still held elsewhere is not folded', () => {
    const after = edited((ir) => { thing(ir).fields = thing(ir).fields.filter((f) => f.jsonName !== 'kind'); });
    const changes = diffIr(baseModel(), after);
    expect(brief(changes)).toEqual(['field-removed breaking response']);
    expect(changes[0]!.also).toEqual([]);
  });

  it('a change in a shared type lists every method that reaches it, with the route and page of the first', () => {
    const after = edited((ir) => { fieldOf(ir, ids.thing, 'name').type = { scalar: 'int64' }; });
    const before = edited((ir) => { thing(ir).sources = ['en/things/api-ref/Thing/get.md:40']; });
    const [change] = diffIr(before, edited((ir) => { thing(ir).sources = ['en/things/api-ref/Thing/get.md:41']; }, after));
    expect(change).toMatchObject({
      rule: 'field-type-changed',
      method: 'Create',
      route: 'POST /things/v1/things',
      source: 'en/things/api-ref/Thing/get.md:41',
      affected: [`${ids.service}/Create`, `${ids.service}/Get`, `${ids.service}/List`],
    });
  });
});

describe('method trees', () => {
  it('follows a renamed type through a renamed parent', () => {
    const before = baseModel();
    const after = edited((ir) => {
      for (const [from, to] of [[ids.listResponse, 'things.ListThingsResponse'], [ids.thing, 'things.Thing']] as const) {
        ir.types[to] = { ...ir.types[from]!, id: to };
        delete ir.types[from];
      }
      methodOf(ir, 'List').response = 'things.ListThingsResponse';
      for (const name of ['Create', 'Get']) methodOf(ir, name).response = 'things.Thing';
      fieldOf(ir, 'things.ListThingsResponse', 'things').type = ref('things.Thing');
      fieldOf(ir, 'things.Thing', 'children').type = ref('things.Thing');
    });
    expect(brief(diffIr(before, after))).toEqual(['type-id-changed docs-only response', 'type-id-changed docs-only response']);
  });

  it('does not pair a type whose old id still exists', () => {
    const after = edited((ir) => {
      ir.types['things.Other'] = message('things.Other', [field('id')]);
      fieldOf(ir, ids.thing, 'settings').type = ref('things.Other');
    });
    expect(brief(diffIr(baseModel(), after))).toEqual(['field-type-changed breaking response', 'type-added non-breaking response']);
  });

  // Speed is the bench's to measure; here the chain is deep enough that a recursive walk
  // overflows the stack and a quadratic one outlives the test's timeout.
  it('walks a deep chain of ten thousand types', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) =>
      message(`deep.T${i}`, i + 1 < 10_000 ? [field('next', { type: ref(`deep.T${i + 1}`) }), field('self', { type: ref(`deep.T${i}`) })] : [field('leaf')]),
    );
    const service = { id: 'deep.S', name: 'S', product: 'deep', description: {}, methods: [method('Walk', 'deep.T0', 'deep.T0')] };
    const before = { ...baseModel(), services: [service], types: Object.fromEntries(chain.map((t) => [t.id, t])) };
    const after = structuredClone(before);
    messageOf(after, 'deep.T9999').fields.push(field('added'));
    const changes = diffIr(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ rule: 'field-added', direction: 'both', path: `${'next.'.repeat(9999)}added` });
  }, 60_000);
});
