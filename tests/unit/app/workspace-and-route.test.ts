import { parseRoute, reportHref } from '@/app/route';
import { currentWorkspace, workspaceHref } from '@/app/workspace';

describe('currentWorkspace', () => {
  it('opens the demo only for ?workspace=demo', () => {
    expect(currentWorkspace('?workspace=demo')).toBe('demo');
    expect(currentWorkspace('?x=1&workspace=demo')).toBe('demo');
    expect(currentWorkspace('')).toBe('main');
    expect(currentWorkspace('?workspace=main')).toBe('main');
    expect(currentWorkspace('?workspace=DEMO')).toBe('main');
    expect(currentWorkspace('?workspace=other')).toBe('main');
  });
});

describe('workspaceHref', () => {
  it('keeps the path of an app served from a sub-folder', () => {
    expect(workspaceHref('demo', { pathname: '/nianbao/', search: '' })).toBe('/nianbao/?workspace=demo');
    expect(workspaceHref('main', { pathname: '/nianbao/', search: '?workspace=demo' })).toBe('/nianbao/');
  });

  it('keeps other query parameters', () => {
    expect(workspaceHref('main', { pathname: '/', search: '?workspace=demo&lang=zh' })).toBe('/?lang=zh');
  });
});

describe('parseRoute', () => {
  it('reads a report route and round-trips ids with any characters', () => {
    expect(parseRoute('#/report/abc-2024')).toEqual({ page: 'report', reportId: 'abc-2024' });
    expect(parseRoute(reportHref('单位 1/2024'))).toEqual({ page: 'report', reportId: '单位 1/2024' });
  });

  it('falls back to the home page', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('#/report/')).toEqual({ page: 'home' });
    expect(parseRoute('#/unknown')).toEqual({ page: 'home' });
    expect(parseRoute('#/report/%E0%A4%A')).toEqual({ page: 'home' });
  });
});
