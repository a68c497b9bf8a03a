import { ConfigError, type LintLevel } from '../config/config.ts';
import type { Level } from './finding.ts';
import type { LintRule } from './input.ts';

/** Each rule's level: the config's where it names one, else the rule's own; `off` rules are left out. */
export function ruleLevels(rules: readonly LintRule[], configured: Record<string, LintLevel>): Map<LintRule, Level> {
  const names = new Set(rules.map((rule) => rule.name));
  const unknown = Object.keys(configured).filter((name) => !names.has(name));
  if (unknown.length > 0) throw new ConfigError(`lint.rules: unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `'${name}'`).join(', ')} (the rules are ${[...names].join(', ')})`);
  const levels = new Map<LintRule, Level>();
  for (const rule of rules) {
    const level = Object.hasOwn(configured, rule.name) ? configured[rule.name]! : rule.level;
    if (level !== 'off') levels.set(rule, level);
  }
  return levels;
}
