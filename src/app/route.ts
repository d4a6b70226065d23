import { useSyncExternalStore } from 'react';

/**
 * The page shown, from the address hash: `#/report/<reportId>` is a report, anything else the home page.
 * A hash keeps the app a single static page (no server rewrites) and leaves the `?workspace=` query alone.
 */
export type Route = { page: 'home' } | { page: 'report'; reportId: string };

export function parseRoute(hash: string): Route {
  const report = /^#\/report\/([^/?#]+)$/.exec(hash);
  if (!report?.[1]) return { page: 'home' };
  try {
    return { page: 'report', reportId: decodeURIComponent(report[1]) };
  } catch {
    return { page: 'home' }; // a hand-edited address with broken %-escapes
  }
}

export function reportHref(reportId: string): string {
  return `#/report/${encodeURIComponent(reportId)}`;
}

export const homeHref = '#/';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash);
  return parseRoute(hash);
}
