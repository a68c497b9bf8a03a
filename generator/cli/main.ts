import { ConfigError } from '../config/config.ts';
import { type Command, type CommandIo, UsageError } from './command.ts';
import { apirefVersion } from './version.ts';

interface CommandEntry {
  /** One line for `apiref --help`; the command's own `--help` says the rest. */
  line: string;
  load: () => Promise<Command>;
}

// Loaded on demand, so that `apiref --help` loads nothing and `apiref ir` no emitter.
const commands: Record<string, CommandEntry> = {
  ir: { line: 'print the model (docs-IR v1 JSON) of a docs tree', load: async () => (await import('./commands/ir.ts')).irCommand },
  generate: { line: 'write the SDK package and the model snapshot, all or nothing', load: async () => (await import('./commands/generate.ts')).generateCommand },
  check: { line: 'fail if the output folder does not match the docs', load: async () => (await import('./commands/check.ts')).checkCommand },
  diff: { line: 'classify the API changes between two versions', load: async () => (await import('./commands/diff.ts')).diffCommand },
  bump: { line: "set the package version from the API changes", load: async () => (await import('./commands/bump.ts')).bumpCommand },
  openapi: { line: 'export the REST API as an OpenAPI 3.1 document', load: async () => (await import('./commands/openapi.ts')).openapiCommand },
  lint: { line: "report the docs' contradictions, unread constraints and broken anchors, by page", load: async () => (await import('./commands/lint.ts')).lintCommand },
};

const defaultIo = (): CommandIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

function help(): string {
  return [
    'usage: apiref <command> [options]',
    '',
    'commands:',
    ...Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(10)}${entry.line}`),
    '',
    'Run `apiref <command> --help` for the options of one command; `apiref --version` prints the version.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${apirefVersion()}\n`);
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr.write(`apiref: unknown command '${name}'\n${help()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`apiref ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`apiref ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
