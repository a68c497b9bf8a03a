import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocsIr } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';
import type { Draft, Level, Relations } from './finding.ts';

/** What every rule reads: the model, each page's own extract, and the pages' text. */
export interface LintInput {
  ir: DocsIr;
  pages: readonly PageExtract[];
  relations: Relations;
  texts: PageTexts;
}

export interface LintRule {
  name: string;
  /** The level where the config names none. */
  level: Level;
  /** One line for the README and `apiref lint --help`. */
  about: string;
  check(input: LintInput): Draft[] | Promise<Draft[]>;
}

/** Pages kept split at once: the rules visit a page many times, but the whole tree must not stay in memory. */
const KEPT_PAGES = 512;

/** The lines of the listed pages, read on demand, the latest kept; a page not listed or not readable is null. */
export class PageTexts {
  readonly #docsDir: string;
  readonly #listed: ReadonlySet<string>;
  readonly #kept = new Map<string, Promise<string[] | null>>();

  constructor(docsDir: string, listed: Iterable<string>) {
    this.#docsDir = docsDir;
    this.#listed = new Set(listed);
  }

  has(docsPath: string): boolean {
    return this.#listed.has(docsPath);
  }

  lines(docsPath: string): Promise<string[] | null> {
    if (!this.#listed.has(docsPath)) return Promise.resolve(null);
    let lines = this.#kept.get(docsPath);
    if (lines) this.#kept.delete(docsPath);
    else lines = readFile(path.join(this.#docsDir, ...docsPath.split('/')), 'utf8').then((text) => text.split('\n'), () => null);
    this.#kept.set(docsPath, lines);
    if (this.#kept.size > KEPT_PAGES) this.#kept.delete(this.#kept.keys().next().value!);
    return lines;
  }
}
