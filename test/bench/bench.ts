import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { replicateDocs } from './replicate.ts';
import { benchEmit } from './emit-bench.ts';
import { benchWorkflow } from './workflow-bench.ts';

const DOCS = new URL('../../docs', import.meta.url).pathname;
const TARGET_PAGES = Number(process.env.APIREF_BENCH_PAGES ?? 2000);

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const rssPeak = (): number => process.resourceUsage().maxRSS * 1024;

function bareRemark(root: string): number {
  const processor = unified().use(remarkParse);
  const started = performance.now();
  for (const path of readdirSync(root, { recursive: true }).map(String)) {
    if (path.endsWith('.md')) processor.parse(readFileSync(join(root, path), 'utf8'));
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const { root, pages, bytes } = replicateDocs(DOCS, TARGET_PAGES);
  console.log(`apiref bench: ${pages} pages, ${mb(bytes)} MB (the shipped docs/ replicated)`);

  const bare = bareRemark(root);
  console.log(`bare remark-parse (1 thread): ${(bare / 1000).toFixed(2)} s, ${(pages / (bare / 1000)).toFixed(0)} pages/s`);

  const started = performance.now();
  const { stats } = await buildIr({ docsDir: root });
  const ir = performance.now() - started;
  console.log(`apiref ir (${stats.services} services, ${stats.methods} methods, ${stats.types} types): ${(ir / 1000).toFixed(2)} s, ${(pages / (ir / 1000)).toFixed(0)} pages/s, ${(bytes / 1024 / 1024 / (ir / 1000)).toFixed(1)} MB/s`);
  console.log(`ratio apiref ir / bare remark-parse: ${(ir / bare).toFixed(2)}`);
  console.log(`peak RSS of the process so far (parse, extract on worker threads, merge): ${mb(rssPeak())} MB`);

  const { ir: shipped } = await buildIr({ docsDir: DOCS });
  await benchEmit(shipped);
  try {
    await benchWorkflow(root, pages);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
