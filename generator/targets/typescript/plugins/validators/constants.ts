import { stringLiteral } from '../../text.ts';
import { re2ToJavaScript } from '../../../../model/re2-pattern.ts';
import { hasNestedRepetition } from './pattern-risk.ts';

/**
 * The module-level constants a validators module needs: enum value sets, compiled patterns,
 * oneof member lists. Built once when the module loads, shared by every call.
 */
export class ModuleConstants {
  readonly #declarations: string[] = [];
  readonly #enums = new Map<string, string>();
  readonly #patterns = new Map<string, string | undefined>();
  readonly #lists = new Map<string, string>();
  readonly #warn: (message: string) => void;

  constructor(warn: (message: string) => void) {
    this.#warn = warn;
  }

  enumValues(typeName: string, values: readonly string[]): string {
    let name = this.#enums.get(typeName);
    if (name === undefined) {
      name = `$${typeName}Values`;
      this.#enums.set(typeName, name);
      this.#declarations.push(`const ${name}: ReadonlySet<string> = /* @__PURE__ */ new Set([${values.map(stringLiteral).join(', ')}]);`);
    }
    return name;
  }

  /**
   * The docs' patterns are RE2 expressions meant to match the whole value; RE2's flag groups
   * are rewritten into JavaScript (generator/model/re2-pattern.ts). One that JavaScript then
   * cannot compile on its own is left unchecked, and said so, rather than checked wrongly:
   * `[a-z]+)|(.*` compiles once anchored, as `^(?:[a-z]+)|(.*)$`, which accepts anything. One
   * that may take exponential time (`(a|aa)+`, see pattern-risk.ts) is left unchecked too: RE2
   * runs it in linear time, a JavaScript validator would hang on a 40-character value.
   */
  pattern(source: string): string | undefined {
    if (this.#patterns.has(source)) return this.#patterns.get(source);
    const js = re2ToJavaScript(source);
    const flags = js === null ? undefined : flagsCompiling(js);
    let name: string | undefined;
    if (js === null) {
      this.#warn(`pattern ${JSON.stringify(source)} sets an RE2 flag JavaScript has no way to scope; it is not checked`);
    } else if (flags === undefined) {
      this.#warn(`pattern ${JSON.stringify(source)} is not a JavaScript regular expression; it is not checked`);
    } else if (hasNestedRepetition(js)) {
      this.#warn(`pattern ${JSON.stringify(source)} repeats a group that can match one text many ways (exponential time in JavaScript); it is not checked`);
    } else {
      name = `$pattern${this.#patterns.size}`;
      this.#declarations.push(`const ${name} = /* @__PURE__ */ new RegExp(${stringLiteral(anchored(js))}, ${stringLiteral(flags)});`);
    }
    this.#patterns.set(source, name);
    return name;
  }

  /** A documented value set, as the strings `allowedValue` compares against. */
  valueSet(values: readonly string[]): string {
    const key = `set:${JSON.stringify(values)}`;
    let name = this.#lists.get(key);
    if (name === undefined) {
      name = `$allowed${this.#lists.size}`;
      this.#lists.set(key, name);
      this.#declarations.push(`const ${name}: ReadonlySet<string> = /* @__PURE__ */ new Set([${values.map(stringLiteral).join(', ')}]);`);
    }
    return name;
  }

  stringList(values: readonly string[]): string {
    const key = JSON.stringify(values);
    let name = this.#lists.get(key);
    if (name === undefined) {
      name = `$fields${this.#lists.size}`;
      this.#lists.set(key, name);
      this.#declarations.push(`const ${name}: readonly string[] = [${values.map(stringLiteral).join(', ')}];`);
    }
    return name;
  }

  declarations(): readonly string[] {
    return this.#declarations;
  }
}

const anchored = (source: string): string => `^(?:${source})$`;

/** `u` where the pattern compiles with it, alone and anchored; else none where it compiles so; else undefined. */
function flagsCompiling(source: string): string | undefined {
  if (compiles(source, 'u') && compiles(anchored(source), 'u')) return 'u';
  return compiles(source, '') && compiles(anchored(source), '') ? '' : undefined;
}

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}
