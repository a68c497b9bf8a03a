import type { LintRule } from '../input.ts';
import { brokenAnchor } from './broken-anchor.ts';
import { diagnosticView } from './diagnostic-view.ts';
import { enumValuesDiffer } from './enum-values-differ.ts';
import { oneLanguageField } from './one-language-field.ts';
import { requiredDiffers } from './required-differs.ts';
import { unreadConstraint } from './unread-constraint.ts';

/** Every rule, in the order the README lists them. A new rule is one file and one line here. */
export const RULES: readonly LintRule[] = [
  diagnosticView('conflicting-constraint', ['conflicting-constraint'], 'error', 'two pages of one field state different bounds, lengths, patterns or values'),
  diagnosticView('conflicting-field-type', ['conflicting-field-type'], 'error', 'two pages give one field types that cannot both hold'),
  diagnosticView('conflicting-method-type', ['conflicting-method-type'], 'error', "two pages give one method's request or response different types"),
  diagnosticView('conflicting-phrases', ['conflicting-phrases'], 'warning', 'one description states a limit twice, with different values'),
  diagnosticView('field-set-differs', ['field-set-differs'], 'warning', 'a page of a message leaves out fields another page of it documents'),
  requiredDiffers,
  enumValuesDiffer,
  oneLanguageField,
  unreadConstraint,
  brokenAnchor,
];
