/**
 * The local runtime's HTML preview: what the add-on wrote into the workbook, drawn as Sheets
 * would show it (Node only, never bundled).
 *
 *   writePreview(rt.workbook, 'pilote-output/preview', { sheets: ['Dashboard'] });   // index.html + a page per sheet
 *   renderSheetHtml(rt.workbook, 'Dashboard');                                        // one page as a string
 *   findOverlaps(chartBoxes(rt.workbook, 'Dashboard'));                               // [] when no chart covers a table or a chart
 *
 * Screenshots (Chromium through playwright-core) live in ./screenshot, imported on their own.
 */
export { renderSheetHtml, ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT, type SheetPageOptions, type PageLink } from './sheetHtml';
export { writePreview, type PreviewOptions, type PreviewFiles } from './writePreview';
export { chartBoxes, rangeBox, overlaps, findOverlaps, type Box, type SheetBoxes, type ChartBox, type CellBlockBox, type LabelledBox } from './boxes';
export { renderChartSvg, SHEETS_PALETTE, type RenderedChart } from './chartSvg';
export { ChartOptionReader } from './chartOptions';
export { SheetGeometry, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT } from './geometry';
export { applyConditionalFormats, type ConditionalStyle } from './conditionalFormats';
export { CustomFormula, UnsupportedFormula } from './formula';
export { escapeHtml } from '../../core/html/escape';
