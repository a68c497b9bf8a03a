import { readFile } from 'node:fs/promises';
import { type RuleId, type Severity, severities } from './change.ts';
import type { AcceptEntry, Policy } from './policy.ts';
import { ruleIds } from './rules.ts';

/** The accept file's name, looked for beside the config file (or in the working folder). */
export const ACCEPT_FILE = 'apiref.accept.json';

/** An accept file that cannot be read as one: bad usage, with the place. */
export class PolicyError extends Error {}

/**
 * Reads an accept file:
 * `{ "accept": [{ "rule", "location", "reason" }], "severities": { "<rule>": "<severity>" } }`.
 * null where an optional file is absent.
 */
export async function readPolicy(file: string, required: boolean): Promise<Policy | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PolicyError(`${file}: cannot read the accept file (${(error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PolicyError(`${file}: not JSON (${(error as Error).message})`);
  }
  return parsePolicy(raw, file);
}

export function parsePolicy(raw: unknown, file: string): Policy {
  const fail = (where: string, what: string): never => {
    throw new PolicyError(`${file}: ${where} must be ${what}`);
  };
  if (!isObject(raw)) return fail('the file', 'a JSON object with "accept" and/or "severities"');
  const unknown = Object.keys(raw).find((key) => key !== 'accept' && key !== 'severities');
  if (unknown !== undefined) fail(`key '${unknown}'`, 'one of accept, severities');
  const accept = raw['accept'] ?? [];
  if (!Array.isArray(accept)) fail('accept', 'a list');
  const entries = (accept as unknown[]).map((entry, i): AcceptEntry => {
    if (!isObject(entry)) return fail(`accept[${i}]`, 'an object { rule, location, reason }');
    if (!isRule(entry['rule'])) fail(`accept[${i}].rule`, 'a rule id (as apiref diff prints it in brackets)');
    if (typeof entry['location'] !== 'string' || entry['location'] === '') fail(`accept[${i}].location`, 'the location apiref diff prints');
    if (typeof entry['reason'] !== 'string' || entry['reason'].trim() === '') fail(`accept[${i}].reason`, 'a non-empty reason');
    return { rule: entry['rule'] as RuleId, location: entry['location'] as string, reason: entry['reason'] as string };
  });
  const levels = raw['severities'] ?? {};
  if (!isObject(levels)) fail('severities', 'an object of rule id → severity');
  const judged: Partial<Record<RuleId, Severity>> = {};
  for (const [rule, severity] of Object.entries(levels as Record<string, unknown>)) {
    if (!isRule(rule)) fail(`severities key '${rule}'`, 'a rule id');
    if (!(severities as readonly unknown[]).includes(severity)) fail(`severities.${rule}`, `one of ${severities.join(', ')}`);
    judged[rule as RuleId] = severity as Severity;
  }
  return { accept: entries, severities: judged };
}

const isRule = (value: unknown): value is RuleId => typeof value === 'string' && (ruleIds as readonly string[]).includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
