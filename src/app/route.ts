/**
 * The page shown, from the address hash: `#/report/<reportId>` is a report, `#/print/<reportId>` its printable
 * page, `#/text/<reportId>` its annual report text, `#/units`, `#/office`, `#/import` and `#/backup` the other
 * pages, anything else the home page.
 * A hash keeps the app a single static page (no server rewrites) and leaves the `?workspace=` query alone.
 */
export type Route =
  | { page: 'home' }
  | { page: 'report'; reportId: string }
  | { page: 'print'; reportId: string }
  | { page: 'text'; reportId: string }
  | { page: 'units' }
  | { page: 'office' }
  | { page: 'import' }
  | { page: 'backup' };

const SIMPLE_PAGES = ['units', 'office', 'import', 'backup'] as const;

export function parseRoute(hash: string): Route {
  const simple = /^#\/([a-z]+)\/?$/.exec(hash)?.[1];
  const page = SIMPLE_PAGES.find((p) => p === simple);
  if (page) return { page };
  const withId = /^#\/(report|print|text)\/([^/?#]+)$/.exec(hash);
  if (!withId?.[2]) return { page: 'home' };
  try {
    const kind = withId[1] === 'print' || withId[1] === 'text' ? withId[1] : 'report';
    return { page: kind, reportId: decodeURIComponent(withId[2]) };
  } catch {
    return { page: 'home' }; // a hand-edited address with broken %-escapes
  }
}

export function reportHref(reportId: string): string {
  return `#/report/${encodeURIComponent(reportId)}`;
}

export function printHref(reportId: string): string {
  return `#/print/${encodeURIComponent(reportId)}`;
}

/** The report's published annual report text (年度报告正文). */
export function textHref(reportId: string): string {
  return `#/text/${encodeURIComponent(reportId)}`;
}

export const homeHref = '#/';

export function pageHref(page: (typeof SIMPLE_PAGES)[number]): string {
  return `#/${page}`;
}
