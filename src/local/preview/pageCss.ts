/** The preview pages' style sheet (inline in every page: no external request). */
export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:Roboto,Arial,sans-serif;color:#202124;background:#fff}
header.top{display:flex;gap:14px;align-items:baseline;padding:10px 16px;border-bottom:1px solid #dadce0;font-size:14px;position:sticky;left:0}
header.top h1{font-size:18px;font-weight:normal;margin:0}
header.top .sheetname{font-weight:bold;border-bottom:3px solid transparent}
header.top .meta{color:#5f6368;font-size:12px;margin-left:auto}
header.top a{color:#1a73e8}
aside.warnings{margin:8px 16px;padding:6px 12px;background:#fef7e0;border:1px solid #f9ab00;border-radius:4px;font-size:12px;max-width:900px;position:sticky;left:16px}
aside.warnings ul{margin:4px 0 0;padding-left:18px}
.sheet{position:relative;margin:0 0 24px}
table.grid{border-collapse:separate;border-spacing:0;table-layout:fixed;font-family:Arial,sans-serif;font-size:10pt;color:#000;background:#fff}
table.grid td{padding:0;border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;vertical-align:bottom;overflow:visible}
table.grid th{padding:0;background:#f8f9fa;color:#5f6368;font-weight:normal;font-size:11px;border-right:1px solid #c4c7c5;border-bottom:1px solid #c4c7c5;text-align:center;vertical-align:middle;overflow:hidden}
table.grid thead{position:sticky;top:0;z-index:3;background:#fff}
table.grid th.rh{position:sticky;left:0;z-index:2}
table.grid th.corner{z-index:4}
table.grid .fc{position:sticky;z-index:2}
table.grid tr.fz>td,table.grid tr.fz>th{border-bottom-color:#9aa0a6;box-shadow:0 2px 0 #bdc1c6}
td.n{background-image:linear-gradient(to bottom left,#000 50%,transparent 50%);background-size:6px 6px;background-position:top right;background-repeat:no-repeat}
.c{display:flex;align-items:flex-end;padding:0 3px;overflow:hidden;white-space:pre;line-height:1.15}
.c>span{min-width:0}
.c.w{white-space:pre-wrap;overflow-wrap:anywhere}
.c.w>span{max-width:100%}
figure.chart{position:absolute;margin:0;z-index:1;background:#fff;box-shadow:0 0 0 1px #dadce0}
figure.chart.top{z-index:5}
figure.chart svg{display:block}
section.notes{margin:16px;font-size:13px;max-width:900px}
section.notes h2{font-size:14px;margin:0 0 6px}
section.notes dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}
section.notes dt{font-weight:bold;color:#5f6368}
section.notes dd{margin:0;white-space:pre-wrap}
nav.tabs{position:sticky;bottom:0;left:0;display:flex;flex-wrap:wrap;gap:2px;padding:0 8px;background:#f1f3f4;border-top:1px solid #dadce0;font-size:13px;z-index:6;width:max(100%,max-content)}
nav.tabs a{padding:7px 16px 4px;color:#3c4043;text-decoration:none;border-bottom:3px solid transparent}
nav.tabs a.current{background:#fff;color:#188038;font-weight:bold}
ul.pages{list-style:none;padding:0;margin:16px}
ul.pages li{margin:6px 0;font-size:14px}
ul.pages .swatch{display:inline-block;width:10px;height:10px;margin-right:8px;border-radius:2px;background:#e8eaed;vertical-align:middle}
ul.pages .count{color:#5f6368;font-size:12px;margin-left:8px}
@media print{table.grid thead,nav.tabs,header.top,aside.warnings{position:static}}
`;
