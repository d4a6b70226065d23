/**
 * The grid's modules and theme, registered once. Only the modules the entry grid uses are registered, so the
 * bundler leaves the others out; no CSS file is imported: the theme injects its own styles.
 */
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  RenderApiModule,
  TextEditorModule,
  TooltipModule,
  themeQuartz,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    TextEditorModule,
    TooltipModule,
    CellStyleModule,
    RenderApiModule,
  ]);
  registered = true;
}

/** Printed-table look: every cell bordered, compact, dark text; headers like the printed header cells. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 4,
  wrapperBorderRadius: 0,
  borderColor: '#9aa3ad',
  columnBorder: true,
  headerColumnBorder: true,
  headerRowBorder: true,
  headerBackgroundColor: '#eef1f4',
  headerTextColor: '#1f2328',
  foregroundColor: '#1f2328',
  rowHoverColor: 'transparent',
  cellHorizontalPadding: 6,
  rangeSelectionBorderColor: '#1a73e8',
});
