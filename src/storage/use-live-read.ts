/**
 * The one way this app reads the database live. dexie-react-hooks' `useLiveQuery` keeps answering with the
 * previous query's result while a query with new deps runs, so a page switched to another year, report or cell
 * showed the old rows under the new name for as long as the read took (the office page listed every unit as
 * 未报送, 未开始 for half a second on each opening, while the reports of the chosen year were still being read).
 * Here a result counts only for the deps it was read with; until the new one arrives the answer is `undefined`,
 * which every page already shows as loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';

interface Tagged<T> {
  deps: readonly unknown[];
  value: T;
}

export function useLiveRead<T>(querier: () => T | Promise<T>, deps: readonly unknown[]): T | undefined {
  const tagged = useLiveQuery(async (): Promise<Tagged<T>> => ({ deps, value: await querier() }), [...deps]);
  return tagged !== undefined && sameDeps(tagged.deps, deps) ? tagged.value : undefined;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
