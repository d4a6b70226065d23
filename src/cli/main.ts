/**
 * Command line entry: `tsx src/cli/main.ts <command> …`. Runs in Node only; nothing in its import graph may
 * touch the DOM, `import.meta.env` or bundler-only imports.
 */
import { COMMANDS, helpText } from './commands';
import type { CommandResult } from './command';

async function main(argv: readonly string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { code: name === undefined ? 1 : 0, stdout: [helpText()], stderr: [] };
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    return {
      code: 1,
      stdout: [],
      stderr: [`不认识的命令“${name}”。可用命令：${COMMANDS.map((c) => c.name).join('、')}。`, '', helpText()],
    };
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    return { code: 0, stdout: [`用法：${command.usage}`, command.summary], stderr: [] };
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 1, stdout: [], stderr: [`处理失败：${detail}`] };
  }
}

// `check … | head` closes the pipe early: the reader has all it wanted, so stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const result = await main(process.argv.slice(2));
for (const line of result.stdout) process.stdout.write(`${line}\n`);
for (const line of result.stderr) process.stderr.write(`${line}\n`);
process.exitCode = result.code;
