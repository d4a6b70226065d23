/** The command line as a real process, for the tests that run it on real files. */
import { spawnSync } from 'node:child_process';

/** npx may print its own configuration warnings; only the command's lines count. */
export function ownLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('npm warn'))
    .join('\n');
}

export function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: ownLines(run.stderr) };
}
