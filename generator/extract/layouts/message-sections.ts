import type { PageMessage } from '../../model/page.ts';
import { readFieldTable } from '../field-table.ts';
import { buildFlatMessage } from '../message-builder.ts';
import type { PageContext, TypeName } from '../page-context.ts';
import type { Section } from '../sections.ts';
import { firstTable, sectionProse } from './common.ts';

/** Messages documented one section each (`## Backup {#yandex.cloud.mdb.redis.v1.Backup}` + a field table). */
export function readMessageSections(sections: readonly Section[], context: PageContext): Map<Section, PageMessage> {
  const named = new Map<Section, TypeName>();
  for (const section of sections) {
    if (firstTable(section.blocks)) named.set(section, context.registerSection(section));
  }
  const messages = new Map<Section, PageMessage>();
  for (const [section, typeName] of named) {
    const table = firstTable(section.blocks);
    if (!table) continue;
    const message = buildFlatMessage(typeName, readFieldTable(table), sectionProse(section), context, context.diagnostics.ref(section.heading));
    messages.set(section, message);
    context.addType(message);
  }
  return messages;
}
