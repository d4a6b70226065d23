/**
 * ag-grid without its React wrapper: `createGrid` on a div, options kept current through one effect per changing
 * option and event handlers that always call the latest props. The wrapper (`ag-grid-react`) added about 16 KB
 * gzip to the report page's first load for features this grid does not use (React cell renderers).
 */
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';
import { useEffect, useLayoutEffect, useRef } from 'react';

interface Props<T> {
  /** Everything but `rowData` and `columnDefs` is read once, when the grid is created; handlers stay current. */
  options: GridOptions<T>;
}

export function GridHost<T>({ options }: Props<T>) {
  const host = useRef<HTMLDivElement>(null);
  const api = useRef<GridApi<T> | null>(null);
  const latest = useRef(options);
  // Updated after each render, before any event can reach the grid's handlers.
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const initial: Record<string, unknown> = { ...latest.current };
    for (const [name, value] of Object.entries(initial)) {
      if (name.startsWith('on') && typeof value === 'function') {
        initial[name] = (event: unknown) => {
          const handler = (latest.current as Record<string, unknown>)[name];
          if (typeof handler === 'function') (handler as (e: unknown) => void)(event);
        };
      }
    }
    api.current = createGrid(element, initial as GridOptions<T>);
    return () => {
      api.current?.destroy();
      api.current = null;
    };
  }, []);

  const { rowData, columnDefs } = options;
  useEffect(() => {
    if (api.current && rowData !== undefined) api.current.setGridOption('rowData', rowData);
  }, [rowData]);
  useEffect(() => {
    if (api.current && columnDefs !== undefined) api.current.setGridOption('columnDefs', columnDefs);
  }, [columnDefs]);

  return <div ref={host} />;
}
