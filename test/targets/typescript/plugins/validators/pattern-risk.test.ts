import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { ModuleConstants } from '../../../../../generator/targets/typescript/plugins/validators/constants.ts';
import { hasNestedRepetition } from '../../../../../generator/targets/typescript/plugins/validators/pattern-risk.ts';

// Patterns of the reference (from the model of all its pages) whose repeated groups are delimited.
const DOCUMENTED = [
  '[a-z0-9]+(?:[._-][a-z0-9]+)*(/([a-z0-9]+(?:[._-][a-z0-9]+)*))*',
  '([a-z0-9]([-_a-z0-9]*[a-z0-9])?\\.)*([a-z0-9][-_a-z0-9]*)?[a-z0-9*]',
  '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
  '(((s3|https?)://)?([a-z0-9]([a-z0-9-]*[a-z0-9])?[.])+[a-z]{2,})?',
  '[a-zA-Z0-9\\*_]*(\\/[a-zA-Z0-9\\*_]*){0,2}',
  '^(?:\\*\\.)?(?:[a-zA-Z0-9-]*\\.)+[a-zA-Z]{2,}$|^\\*\\.[a-zA-Z]{2,}$',
  '|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?',
  '[a-zA-Z0-9@=+?*.,!&#$^<>_-]{8,128}',
];
const CATASTROPHIC = ['(a|aa)+', '(?<word>a|aa)+', '(?:(?=a)a+)*', '(a+)*', '(a*)*b', '((a)|b)*', '(x+x+)+y', '(?:a|a)*$', '(\\w+\\s?)+$', '(a{2,})+'];

/** Time of a backtracking match against a value the pattern almost matches. */
function worstCaseMs(pattern: string, length: number): number {
  const regexp = new RegExp(`^(?:${pattern})$`);
  const start = performance.now();
  regexp.test(`${'a'.repeat(length)}!`);
  return performance.now() - start;
}

describe('patterns that may take exponential time', () => {
  it.each(CATASTROPHIC)('%s is caught', (pattern) => {
    expect(hasNestedRepetition(pattern)).toBe(true);
  });

  it.each(DOCUMENTED)('%s, delimited, is kept', (pattern) => {
    expect(hasNestedRepetition(pattern)).toBe(false);
    expect(worstCaseMs(pattern, 5000)).toBeLessThan(500);
  });

  it('the documented example (a|aa)+ is slow indeed, so the check is worth it', () => {
    expect(worstCaseMs('(a|aa)+', 30)).toBeGreaterThan(5 * worstCaseMs('[a-z]+', 30));
  });
});

describe('the patterns a validators module emits', () => {
  const emitted = (source: string): { name: string | undefined; warnings: string[]; declarations: readonly string[] } => {
    const warnings: string[] = [];
    const constants = new ModuleConstants((message) => warnings.push(message));
    return { name: constants.pattern(source), warnings, declarations: constants.declarations() };
  };

  it('anchors a pattern as a whole', () => {
    const { name, declarations } = emitted('[a-z]+|[0-9]+');
    expect(name).toBeDefined();
    expect(declarations.join('\n')).toContain('^(?:[a-z]+|[0-9]+)$');
  });

  it('emits no pattern that parses only once anchored (the extractor calls it invalid-pattern)', () => {
    const { name, warnings } = emitted('[a-z]+)|(.*');
    expect(name).toBeUndefined();
    expect(warnings.join('\n')).toContain('is not a JavaScript regular expression');
  });

  it("emits RE2's flag groups rewritten, as the API matches them", () => {
    const { name, warnings, declarations } = emitted('(?i:x-ssl-client-cert|)');
    expect(name).toBeDefined();
    expect(warnings).toEqual([]);
    expect(declarations.join('\n')).toContain('^(?:(?:[xX]-[sS][sS][lL]-[cC][lL][iI][eE][nN][tT]-[cC][eE][rR][tT]|))$');
  });

  it('emits no pattern whose RE2 flags JavaScript cannot scope, and says so', () => {
    const { name, warnings } = emitted('(?m:^a$)');
    expect(name).toBeUndefined();
    expect(warnings.join('\n')).toContain('sets an RE2 flag JavaScript has no way to scope');
  });

  it('emits no pattern that may take exponential time, and says so', () => {
    const { name, warnings } = emitted('(a|aa)+');
    expect(name).toBeUndefined();
    expect(warnings.join('\n')).toContain('exponential');
  });
});
