import type { LintFormat } from './format.ts';
import { githubFormat } from './github.ts';
import { jsonFormat } from './json.ts';
import { markdownFormat } from './markdown.ts';
import { textFormat } from './text.ts';

export const FORMATS = { text: textFormat, markdown: markdownFormat, json: jsonFormat, github: githubFormat } as const satisfies Record<string, LintFormat>;

export type FormatName = keyof typeof FORMATS;
