/**
 * Figure 5's baseline: a bare page with React and the same grid modules and theme as the entry grid, drawing
 * grids of the same size as the report page (every table of the 2021 format, every layout cell a number), with
 * no database, rules or app shell. Served under its own cache-first service worker.
 */
import { createGrid, type ColDef } from 'ag-grid-community';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { gridTheme, registerGridModules } from '@/widgets/entry-grid/grid-setup';
import type { BenchWindow, GridBench } from './bench-api';

registerGridModules();

type Row = Record<string, number | string>;

function BareTable({ rows, cols, table }: { rows: number; cols: number; table: string }) {
  const host = useRef<HTMLDivElement>(null);
  // The grid as the app mounts it (`createGrid` in an effect, no React wrapper), with nothing else around it.
  useEffect(() => {
    if (!host.current) return;
    const columnDefs: ColDef<Row>[] = Array.from({ length: cols }, (_, c) => ({
      field: `c${c}`,
      headerName: `第${c + 1}列`,
      editable: true,
    }));
    const rowData: Row[] = Array.from({ length: rows }, (_, r) => {
      const row: Row = { id: `r${r}` };
      for (let c = 0; c < cols; c += 1) row[`c${c}`] = r * cols + c;
      return row;
    });
    const api = createGrid<Row>(host.current, {
      theme: gridTheme,
      columnDefs,
      rowData,
      getRowId: (p) => String(p.data.id),
      domLayout: 'autoHeight',
      suppressColumnVirtualisation: true,
      suppressRowVirtualisation: true,
    });
    return () => api.destroy();
  }, [rows, cols]);
  return <section data-table={table} ref={host} />;
}

function BarePage() {
  return (
    <main>
      {NATIONAL_2021.tables.map((t) => (
        <BareTable key={t.key} table={t.key} rows={t.rowCount} cols={t.colCount} />
      ))}
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BarePage />
    </StrictMode>,
  );
}

async function swReady(): Promise<boolean> {
  await navigator.serviceWorker.ready;
  return navigator.serviceWorker.controller !== null;
}

if ('serviceWorker' in navigator) void navigator.serviceWorker.register('./bench-sw.js');
const bench: GridBench = { swReady };
(window as BenchWindow).bench = bench;
