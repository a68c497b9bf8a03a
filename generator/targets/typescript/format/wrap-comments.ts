/**
 * Rewraps the comment lines a formatter leaves long: formatters break code, never prose.
 * Only lines over the width change, at spaces; a word longer than the line (a URL) stays
 * whole on a line of its own. Fenced code and table rows are never rewrapped, and no
 * continuation line starts with what Markdown or JSDoc would read as a new block or tag.
 */
export function wrapComments(text: string, width: number): string {
  const out: string[] = [];
  let inBlock = false;
  let inFence = false;
  for (const line of text.split('\n')) {
    const body = line.trimStart();
    const indent = line.slice(0, line.length - body.length);
    if (inBlock) {
      if (body.includes('*/')) inBlock = false;
      else if (body.startsWith('* ') && /^(?:```|~~~)/.test(body.slice(2).trimStart())) inFence = !inFence;
      else if (line.length > width && !inFence && body.startsWith('* ') && !body.startsWith('* |')) {
        out.push(...wrapProse(body.slice(2), `${indent}* `, width));
        continue;
      }
      out.push(line);
    } else if (body.startsWith('/*') && !body.includes('*/')) {
      inBlock = true;
      inFence = false;
      out.push(line);
    } else if (line.length > width && body.startsWith('/**') && body.endsWith('*/') && body.length > 5) {
      out.push(`${indent}/**`, ...wrapProse(body.slice(3, -2).trim(), `${indent} * `, width), `${indent} */`);
    } else if (line.length > width && body.startsWith('// ')) {
      out.push(...wrapProse(body.slice(3), `${indent}// `, width));
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** A list item's marker: its continuation lines are indented under the item's text. */
const LIST_MARKER = /^(?:[-+*]|\d{1,3}[.)]) /;
/**
 * Words that must not start a continuation line: Markdown would read a list, heading, quote,
 * table, fence, HTML block or setext underline there, and JSDoc a tag.
 */
const OPENS_BLOCK = /^(?:[-+*]$|#{1,6}$|\d{1,9}[.)]$|[>|<@]|[=-]+$|```|~~~)/;

/** Greedy fill of one comment line's text into lines of at most `width` (bar single long words). */
function wrapProse(text: string, prefix: string, width: number): string[] {
  const hang = ' '.repeat(LIST_MARKER.exec(text)?.[0].length ?? 0);
  const lines: string[] = [];
  let current = '';
  for (const unit of unitsOf(text)) {
    const lead = lines.length === 0 ? prefix : prefix + hang;
    if (current !== '' && lead.length + current.length + 1 + unit.length > width) {
      lines.push(lead + current);
      current = unit;
    } else {
      current = current === '' ? unit : `${current} ${unit}`;
    }
  }
  if (current !== '') lines.push((lines.length === 0 ? prefix : prefix + hang) + current);
  return lines;
}

/**
 * The text's words, with the ones no line may start with glued to the word before, and an
 * inline `{@link …}` tag kept whole.
 */
function unitsOf(text: string): string[] {
  const units: string[] = [];
  let inLink = false;
  for (const word of text.split(' ').filter((part) => part !== '')) {
    const glue = units.length > 0 && (inLink || OPENS_BLOCK.test(word));
    if (glue) units[units.length - 1] += ` ${word}`;
    else units.push(word);
    if (word.includes('{@link')) inLink = !word.includes('}', word.indexOf('{@link'));
    else if (inLink && word.includes('}')) inLink = false;
  }
  return units;
}
