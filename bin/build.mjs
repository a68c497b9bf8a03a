#!/usr/bin/env node
// Builds the CLI to JavaScript in dist/ so that no TypeScript is transpiled at run time.
// esbuild (already in the tree through tsx) bundles each entry with its dependencies;
// code splitting keeps the commands lazy, so `apiref --help` loads only the command table.
// ts-morph stays external: it loads TypeScript's lib files from its own folder.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const WORKER = 'generator/pipeline/extract-worker.ts';

rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'generator/cli/main.ts', 'extract-worker': WORKER },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['ts-morph'],
  // A few bundled dependencies are CommonJS and call require() for Node built-ins, which an
  // ES module does not have: each output file gets one made for it.
  banner: { js: "import { createRequire as $apirefCreateRequire } from 'node:module'; const require = $apirefCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

writeFileSync(join(dist, 'extractor-fingerprint.txt'), extractorFingerprint(result.metafile) + '\n');
writeFileSync(join(dist, 'build-fingerprint.txt'), hashFiles(Object.keys(result.metafile.outputs)) + '\n');

/**
 * The hash of everything the extraction worker runs: its bundle and every chunk it imports,
 * dependencies included (they are bundled). A cached page extract is reused only by the
 * same extractor, with no version number to forget to bump.
 */
function extractorFingerprint(metafile) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === WORKER);
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of outputs[file].imports) if (!imported.external) visit(imported.path);
  };
  visit(entry);
  return hashFiles(files);
}

/**
 * The hash of output files, by path and content. Over all of them it is the build's
 * fingerprint: a model merged by one build is reused only by the same code.
 */
function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(relative(root, join(root, file))).update('\0').update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}
