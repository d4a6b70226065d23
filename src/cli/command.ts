/** What every command returns: the exit code and the lines to print, so commands stay testable. */
export interface CommandResult {
  code: number;
  stdout: string[];
  stderr: string[];
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run: (argv: readonly string[]) => Promise<CommandResult>;
}
