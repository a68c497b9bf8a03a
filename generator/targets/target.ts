import type { DocsIr } from '../model/ir.ts';

/** One output file: a path relative to the output folder (`/`-separated) and its text. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** What every target is told besides the model: the run's package identity and hosts. */
export interface TargetContext<Options> {
  /** The target's own entry of the config's `targets` list, checked by `parseOptions`. */
  readonly options: Options;
  readonly packageName: string;
  readonly version: string;
  /** `{{ api-host-* }}` placeholder → host. */
  readonly hosts: Readonly<Record<string, string>>;
  /** Told what the target had to leave out or guess. */
  readonly warn: (message: string) => void;
  /** A folder of its own the target may keep work in between runs (none: the cache is off); never part of its output. */
  readonly cacheDir?: string;
}

/**
 * An output of apiref (the TypeScript package, the OpenAPI document, the model snapshot…):
 * the model in, files out, pure and byte-stable. A target lives in its own folder under
 * `targets/` and is listed once in `registry.ts`; nothing else knows it.
 */
export interface Target<Options = unknown> {
  readonly name: string;
  /** One line for `--help` and the README. */
  readonly summary: string;
  /**
   * Checks the keys of the target's config entry other than `name` (`{}` when the entry is a
   * bare name); returns the options, or throws an `Error` whose message names the bad key.
   */
  parseOptions(raw: Readonly<Record<string, unknown>>): Options;
  emit(ir: DocsIr, context: TargetContext<Options>): GeneratedFile[];
}

/** Lets a registry hold targets of different option types. */
export type AnyTarget = Target<any>;
