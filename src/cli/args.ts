/** A small argument reader: positional words and `--name value` / `--flag` options, nothing implicit. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!valued.includes(name)) {
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { error: `选项 --${name} 后面缺少取值。` };
    }
    if (inline === undefined) i += 1;
    options.set(name, value);
  }
  return { positional, options };
}
