/** One CLI subcommand: gets its own argv (after the command name), returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

/** Thrown for bad usage; main prints it with the command's usage and exits 2. */
export class UsageError extends Error {}
