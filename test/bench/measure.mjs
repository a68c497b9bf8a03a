// Runs one apiref command from the build, in a process of its own, and writes what it took
// (wall time, CPU time and peak RSS of the whole process, worker threads included) as JSON to argv[2].
import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';

const [resultFile, cwd, ...args] = process.argv.slice(2);
const { main } = await import(new URL('../../dist/cli.mjs', import.meta.url).href);
let stdout = '';
let stderr = '';
const sink = (append) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
const started = performance.now();
const code = await main(args, { stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), cwd });
const ms = performance.now() - started;
const usage = process.resourceUsage();
writeFileSync(resultFile, JSON.stringify({ code, ms, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, stdout, stderr: stderr.slice(0, 20_000) }));
