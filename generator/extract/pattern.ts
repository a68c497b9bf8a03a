const HTML_LINK = /<a href="([^"]*)">([^<]*)<\/a>/g;

/**
 * A pattern as the docs print it, made into the regex the API checks:
 * - table cells escape the pipe even inside code, but the pattern's own `|` is alternation;
 * - a cell cut at an unescaped pipe loses the code span's padding on one side only;
 * - `{,n}` (0 to n in the API's regex dialect) is literal text to ECMAScript;
 * - one generator rendered `[a-z]([-a-z0-9]{0,61})` inside a pattern as an HTML link.
 */
export function normalisePattern(pattern: string): string {
  return pattern
    .replace(HTML_LINK, (_all, href: string, text: string) => `[${text}](${safeDecode(href)})`)
    .replaceAll('\\|', '|')
    .replace(/\{,(\d+)\}/g, '{0,$1}')
    .trim();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether the pattern compiles as an ECMAScript regex, as the generated validators need. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
