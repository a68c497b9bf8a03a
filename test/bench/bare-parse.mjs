// The yardstick: a bare remark-parse + remark-gfm parse of the given pages on one thread,
// each page read and parsed in turn, nothing else. Writes its wall and CPU time as JSON to argv[2].
import { readFileSync, writeFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [resultFile, listFile] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
let bytes = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  processor.parse(text);
}
const cpu = process.cpuUsage(cpuStarted);
writeFileSync(resultFile, JSON.stringify({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, pages: files.length, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
