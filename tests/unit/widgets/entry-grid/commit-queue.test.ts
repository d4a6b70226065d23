import type { CellChange } from '@/widgets/entry-grid/commit-batch';
import { coalesceCommits } from '@/widgets/entry-grid/commit-queue';

const change = (field: string, value: number): CellChange => ({ field, value, expected: null });

describe('coalesced commits', () => {
  it('sends the edits that arrive during a write together as the next write', async () => {
    const writes: string[][] = [];
    let release: () => void = () => undefined;
    const commit = coalesceCommits(async (changes) => {
      writes.push(changes.map((c) => c.field));
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
    });
    const first = commit([change('a', 1)]);
    const others = [commit([change('b', 2)]), commit([change('c', 3)]), commit([change('d', 4)])];
    release();
    await Promise.all([first, ...others]);
    expect(writes).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('tells each edit its own outcome when a gathered write is refused', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const commit = coalesceCommits(async (changes) => {
      calls += 1;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      if (changes.some((c) => c.field === 'bad')) throw new Error('另一窗口已修改');
    });
    const first = commit([change('a', 1)]);
    const good = commit([change('b', 2)]);
    const bad = commit([change('bad', 3)]);
    release();
    await first;
    await expect(good).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow('另一窗口已修改');
    // One gathered try, then each edit alone.
    expect(calls).toBe(4);
  });
});
