import { type HostileInput, repeatTo } from '../../helpers/linear-time.ts';

/**
 * Inputs that make backtracking regexes slow, built from a sentence a phrase row reads: long
 * runs of white space inside and around it, the sentence or its opening words repeated with
 * no ending (repeated cue words), and crafted backtick runs, digits and separators where its
 * operand stands.
 */
export function hostileInputs(sentence: string): HostileInput[] {
  const stem = stemOf(sentence);
  const unended = sentence.replace(/[.\s]+$/, '');
  const gaps = Math.max(1, (sentence.match(/\s+/g) ?? []).length);
  return [
    { name: 'spaced out', build: (n) => sentence.replace(/\s+/g, ' '.repeat(Math.ceil(n / gaps))) },
    { name: 'spaces after', build: (n) => `${sentence}${' '.repeat(n)}x` },
    { name: 'spaces before', build: (n) => `${' '.repeat(n)}${sentence}` },
    { name: 'blank lines before', build: (n) => `${repeatTo('\n \t', n)}${sentence}` },
    { name: 'sentence repeated unended', build: (n) => repeatTo(`${unended} `, n) },
    { name: 'opening words repeated', build: (n) => repeatTo(stem, n) },
    { name: 'backtick run', build: (n) => `${stem}${'`'.repeat(n)}` },
    { name: 'short backtick runs', build: (n) => `${stem}\`\`${repeatTo('`a``', n)}` },
    { name: 'backticks and spaces', build: (n) => `${stem}${repeatTo('` ', n)}` },
    { name: 'unclosed code span', build: (n) => `${stem}\`${'a'.repeat(n)}` },
    { name: 'unclosed code spans repeated', build: (n) => repeatTo(`${stem}\`a `, n) },
    { name: 'digits', build: (n) => `${stem}${'1'.repeat(n)}x` },
    { name: 'number list', build: (n) => `${stem}${repeatTo('1, ', n)}x` },
    { name: 'decimal points', build: (n) => `${stem}${repeatTo('1.', n)}x` },
    { name: 'words', build: (n) => `${stem}${repeatTo('a', n)} (` },
    { name: 'field names', build: (n) => `${stem}${repeatTo('`a`, ', n)}x` },
  ];
}

/** The sentence up to its first operand (a number or code span), with the space before it. */
function stemOf(sentence: string): string {
  const operand = sentence.search(/[\d`]/);
  const stem = operand > 0 ? sentence.slice(0, operand) : `${sentence} `;
  return stem.endsWith(' ') ? stem : `${stem} `;
}
