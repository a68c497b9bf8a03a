import { ConfigError } from '../config/config.ts';
import { type Command, type CommandIo, UsageError } from './command.ts';

// Loaded on demand so that `apiref ir` does not pay for ts-morph and the emitters.
const commands: Record<string, () => Promise<Command>> = {
  ir: async () => (await import('./commands/ir.ts')).irCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  bump: async () => (await import('./commands/bump.ts')).bumpCommand,
  generate: async () => (await import('./commands/generate.ts')).generateCommand,
  check: async () => (await import('./commands/check.ts')).checkCommand,
  openapi: async () => (await import('./commands/openapi.ts')).openapiCommand,
};

const defaultIo = (): CommandIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

function help(): string {
  return [
    'usage: apiref <command> [options]',
    '',
    'commands:',
    ...Object.keys(commands).sort().map((name) => `  ${name}`),
    '',
    'Run `apiref <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`apiref: unknown command '${name}'\n${help()}\n`);
    return 2;
  }
  const command = await load();
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
