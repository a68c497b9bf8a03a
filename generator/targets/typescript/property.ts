/** Object keys from the docs, written so that any text is a plain key and never a special form. */
import type { WriterFunction } from 'ts-morph';
import { isPlainIdentifier, isPrototypeKey } from './naming.ts';
import { writeDocComment } from './docs.ts';
import { stringLiteral } from './text.ts';

/** A property name in an interface: bare where it is an identifier, quoted otherwise. */
export function propertyName(key: string): string {
  return isPlainIdentifier(key) ? key : stringLiteral(key);
}

/** Reads an own property of `record` (a `Record<string, unknown>` in scope); prototype keys go through `own`. */
export function propertyRead(record: string, key: string, ownHelper: string): string {
  if (isPrototypeKey(key)) return `${ownHelper}(${record}, ${stringLiteral(key)})`;
  return isPlainIdentifier(key) ? `${record}.${key}` : `${record}[${stringLiteral(key)}]`;
}

/**
 * An object literal, one entry a line with an optional doc comment. `__proto__` is written as
 * a computed key: as a plain key it would set the object's prototype instead of a property.
 */
export function objectLiteral(entries: ReadonlyArray<{ key: string; value: string; docs?: string }>, suffix = ''): WriterFunction {
  return (writer) => {
    if (entries.length === 0) {
      writer.write(`{}${suffix}`);
      return;
    }
    writer.inlineBlock(() => {
      for (const entry of entries) {
        if (entry.docs) writeDocComment(writer, entry.docs);
        const key = entry.key === '__proto__' ? `[${stringLiteral(entry.key)}]` : propertyName(entry.key);
        writer.writeLine(`${key}: ${entry.value},`);
      }
    });
    writer.write(suffix);
  };
}

/**
 * `export const name: type = { … } as const;` with a doc comment, written as one statement:
 * as a declaration initializer ts-morph would give the object a hanging indent.
 */
export function exportedObjectConstant(
  name: string,
  options: { type?: string; docs?: string; asConst?: boolean },
  entries: ReadonlyArray<{ key: string; value: string; docs?: string }>,
): WriterFunction {
  return (writer) => {
    if (options.docs) writeDocComment(writer, options.docs);
    writer.write(`export const ${name}${options.type ? `: ${options.type}` : ''} = `);
    objectLiteral(entries, options.asConst ? ' as const;' : ';')(writer);
    writer.newLine();
  };
}
