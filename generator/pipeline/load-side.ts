import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApirefConfig } from '../config/config.ts';
import { selectProducts } from './select-products.ts';
import type { DocsIr } from '../model/ir.ts';
import { buildModel } from './build-model.ts';
import { exportGitTree, GitSideError, gitTopLevel, isGitFile, readGitFile } from '../io/git-tree.ts';
import { SNAPSHOT_FILE } from '../targets/snapshot/index.ts';
import { modelProblems } from '../diff/model-check.ts';

/** A side that names nothing usable (no such path, not a model, unknown revision): bad usage. */
export class SideError extends Error {}

export interface Side {
  label: string;
  ir: DocsIr;
}

/**
 * One side of a comparison: a docs folder (run through the pipeline), a model JSON file
 * (`apiref ir` output or a snapshot), or `git:<rev>[:<path>]`, a docs folder or model file
 * as it stood at a revision (the path from the repository root; by default the config's
 * docs folder). Every side is cut to the config's products, so that a snapshot and a
 * fresh build compare like with like.
 */
export async function loadSide(spec: string, config: ApirefConfig, cwd: string): Promise<Side> {
  try {
    const ir = spec.startsWith('git:') ? await loadGitSide(spec.slice(4), config, cwd) : await loadPathSide(path.resolve(cwd, spec), config);
    return { label: spec, ir: selectProducts(ir, config.products) };
  } catch (error) {
    if (error instanceof GitSideError) throw new SideError(`${spec}: ${error.message}`);
    throw error;
  }
}

export function snapshotPath(config: ApirefConfig): string {
  return path.join(config.out, SNAPSHOT_FILE);
}

async function loadPathSide(target: string, config: ApirefConfig): Promise<DocsIr> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new SideError(`${target}: no such file or folder (a git revision is written git:<rev>, as in git:HEAD~1)`);
  if (info.isDirectory()) return (await buildModel(config, { docsDir: target })).ir;
  return parseModel(await readFile(target, 'utf8'), target);
}

async function loadGitSide(spec: string, config: ApirefConfig, cwd: string): Promise<DocsIr> {
  const colon = spec.indexOf(':');
  const rev = colon < 0 ? spec : spec.slice(0, colon);
  if (!rev) throw new SideError('git: needs a revision, as in git:HEAD or git:main:docs');
  const root = await gitTopLevel(cwd);
  const inRepo = colon < 0 ? path.relative(root, config.docs).split(path.sep).join('/') : spec.slice(colon + 1);
  if (inRepo.startsWith('..')) throw new SideError(`the docs folder ${config.docs} is outside the git repository ${root}`);
  if (inRepo.endsWith('.json') && (await isGitFile(root, rev, inRepo))) {
    return parseModel((await readGitFile(root, rev, inRepo)).toString('utf8'), `git:${rev}:${inRepo}`);
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'apiref-git-side-'));
  try {
    await exportGitTree(root, rev, inRepo, folder);
    return (await buildModel(config, { docsDir: folder })).ir;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function parseModel(text: string, where: string): DocsIr {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SideError(`${where}: not JSON (${(error as Error).message})`);
  }
  const problems = modelProblems(value);
  if (problems !== null) throw new SideError(`${where}: not a docs-IR v1 model (apiref ir output or ${SNAPSHOT_FILE}): ${problems}`);
  return value as DocsIr;
}

/**
 * The two sides from a command's operands, as `git diff` reads them: `<old> <new>`; `<old>`
 * alone against the config's docs folder (the working docs); nothing, the committed
 * snapshot against the docs.
 */
export async function loadSides(operands: readonly string[], config: ApirefConfig, cwd: string): Promise<[Side, Side]> {
  const display = (target: string) => path.relative(cwd, target) || '.';
  const [oldSpec, newSpec] = [operands[0] ?? display(snapshotPath(config)), operands[1] ?? display(config.docs)];
  if (operands.length === 0 && !(await stat(snapshotPath(config)).catch(() => null))) {
    throw new SideError(`no model snapshot at ${oldSpec}: run apiref generate first, or name the old side (apiref diff git:<rev>)`);
  }
  const before = await loadSide(oldSpec, config, cwd);
  const after = await loadSide(newSpec, config, cwd);
  return [before, after];
}
