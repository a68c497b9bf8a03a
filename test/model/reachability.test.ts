import { describe, expect, it } from 'vitest';
import { methodRoots, reachableTypes, typesOf, walkTypes } from '../../generator/model/reachability.ts';
import { baseModel, edited, field, ids, message, method, ref } from '../diff/model.ts';

const methodsOf = (ir: ReturnType<typeof baseModel>) => ir.services.flatMap((service) => service.methods);

describe('the reachability walk', () => {
  it('reaches every type a method uses, through fields and cycles, and nothing else', () => {
    const ir = baseModel();
    const reached = reachableTypes(typesOf(ir), methodsOf(ir));
    expect([...reached].sort()).toEqual(Object.keys(ir.types).filter((id) => id !== ids.orphan));
  });

  it("starts from an Operation's metadata and response, on the response side", () => {
    const operation = method('Delete', ids.getRequest, 'yandex.cloud.operation.Operation', { operation: { metadata: ids.settings, response: ids.orphan } });
    expect(methodRoots(operation)).toEqual([
      { id: ids.getRequest, side: 'request' },
      { id: 'yandex.cloud.operation.Operation', side: 'response' },
      { id: ids.settings, side: 'response' },
      { id: ids.orphan, side: 'response' },
    ]);
    const ir = edited((copy) => copy.services[0]!.methods.push(operation));
    expect(reachableTypes(typesOf(ir), methodsOf(ir)).has(ids.orphan)).toBe(true);
  });

  it('passes over ids no type has, and extra roots are walked too', () => {
    const ir = edited((copy) => {
      copy.types[ids.orphan] = message(ids.orphan, [field('missing', { type: ref('nowhere.Missing') }), field('kind', { type: ref(ids.kind) })]);
    });
    expect([...reachableTypes(typesOf(ir), [], [ids.orphan])].sort()).toEqual([ids.orphan, ids.kind].sort());
    expect(reachableTypes(typesOf(ir), [], ['constructor']).size).toBe(0);
  });

  it('goes breadth first in field order, walking on from a type only when told to', () => {
    const ir = baseModel();
    const arrivals: string[] = [];
    const walked = new Set<string>();
    const list = methodsOf(ir).find((candidate) => candidate.name === 'List')!;
    walkTypes(typesOf(ir), methodRoots(list), (id, arrival) => {
      arrivals.push('root' in arrival ? `${id} (${arrival.root.side})` : `${arrival.from}.${arrival.field.jsonName} -> ${id}`);
      if (walked.has(id)) return false;
      walked.add(id);
      return true;
    });
    expect(arrivals).toEqual([
      `${ids.listRequest} (request)`,
      `${ids.listResponse} (response)`,
      `${ids.listResponse}.things -> ${ids.thing}`,
      `${ids.thing}.kind -> ${ids.kind}`,
      `${ids.thing}.status -> ${ids.status}`,
      `${ids.thing}.settings -> ${ids.settings}`,
      `${ids.thing}.children -> ${ids.thing}`,
    ]);
  });
});
