/**
 * Which workspace the page works in, read from the address: `?workspace=demo` opens the demo database, anything
 * else the real one. Switching is a full page load (a plain link) so every open database connection and every
 * store starts fresh; the two workspaces never share data.
 */
import type { Workspace } from '@/storage/db';

export type { Workspace };

const PARAM = 'workspace';

export function currentWorkspace(search: string = window.location.search): Workspace {
  return new URLSearchParams(search).get(PARAM) === 'demo' ? 'demo' : 'main';
}

/** Address of the same page in `workspace`: keeps the path (the app may live in a sub-folder), drops the hash. */
export function workspaceHref(workspace: Workspace, location: Pick<Location, 'pathname' | 'search'> = window.location) {
  const params = new URLSearchParams(location.search);
  if (workspace === 'demo') params.set(PARAM, 'demo');
  else params.delete(PARAM);
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}
