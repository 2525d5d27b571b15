// The page's inline stylesheet. Fact kinds differ by underline style and a small glyph, not only by colour.
import { KIND_LABELS, type HighlightKind } from './labels.js';

/** Colour and underline style per highlight kind. */
const KIND_STYLES: Record<HighlightKind, { color: string; bg: string; line: string }> = {
  count: { color: '#0b57d0', bg: '#e8f0fe', line: 'solid' },
  percent: { color: '#7a3cc9', bg: '#f3e8fd', line: 'dotted' },
  money: { color: '#137333', bg: '#e6f4ea', line: 'double' },
  date: { color: '#8a5a00', bg: '#fef3d6', line: 'dashed' },
  zero: { color: '#b3261e', bg: '#fce8e6', line: 'wavy' },
};

const kindRules = (Object.keys(KIND_STYLES) as HighlightKind[])
  .map((k) => {
    const s = KIND_STYLES[k];
    const glyph = JSON.stringify(KIND_LABELS[k].glyph);
    return (
      `.hl.k-${k}{background:${s.bg};text-decoration-color:${s.color};text-decoration-style:${s.line}}` +
      `.hl.k-${k}::before{content:${glyph};color:${s.color}}.g.k-${k}{color:${s.color};border-color:${s.color}}`
    );
  })
  .join('\n');

/** The whole stylesheet (no url(), no @import: the page loads nothing). */
export const REVIEW_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.5 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",system-ui,sans-serif;color:#1f1f1f;background:#fff;display:flex;flex-direction:column}
button{font:inherit}
.top{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;background:#f7f7f8}
.top h1{font-size:15px;margin:0 8px 0 0}
.tabs{display:flex;flex-wrap:wrap;gap:4px}
.tabs button,.ptabs button{border:1px solid #ccc;background:#fff;border-radius:4px;padding:2px 8px;cursor:pointer;max-width:22em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.tabs button[aria-selected=true],.ptabs button[aria-selected=true]{background:#1f1f1f;color:#fff;border-color:#1f1f1f}
.search{display:flex;gap:6px;align-items:center}
.search input{width:14em;padding:2px 6px;font:inherit}
.legend{display:flex;gap:10px;font-size:12px;flex-wrap:wrap}
.keys{font-size:12px;color:#555}
.rep{flex:1;min-height:0;display:grid;grid-template-columns:minmax(150px,16%) 1fr minmax(320px,42%);grid-template-rows:auto 1fr}
.rep[hidden]{display:none}
.rh{grid-column:1/4;padding:6px 12px;border-bottom:1px solid #eee}
.rh h2{font-size:16px;margin:0 0 2px}
.meta{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:#444}
.meta i{font-style:normal;color:#888}
.outline,.text{overflow:auto;min-height:0}
.outline{border-right:1px solid #eee;padding:6px 8px;font-size:13px}
.outline ul{list-style:none;margin:0;padding-left:10px}
.outline>ul{padding-left:0}
.outline a{color:#1f1f1f;text-decoration:none;display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.outline a:hover{text-decoration:underline}
.text{white-space:pre-wrap;overflow-wrap:anywhere;padding:10px 16px 40vh;font-size:15px;line-height:1.95}
.hl{cursor:pointer;border-radius:2px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px;text-decoration-skip-ink:none}
.hl::before{font-size:10px;vertical-align:super;margin-right:1px;font-weight:bold}
.hl.cont::before,.hl.tc::before{content:none}
${kindRules}
.hd{font-weight:bold;scroll-margin:40px}
.tb{background:#f6f8fa}
.cs{outline:1px dotted #bbb;cursor:pointer}
.cs:empty,.is:empty{outline:none}
.wn{background-image:repeating-linear-gradient(135deg,transparent 0 4px,#ffd8a8 4px 6px)}
.wn:not(.cont)::before{content:"⚠";font-size:10px;vertical-align:super;color:#b35c00}
.is{outline:1px dashed #7a3cc9}
.cur{outline:2px solid #ff8c00;outline-offset:1px;background-color:#fff0b3}
.panel{border-left:1px solid #eee;display:flex;flex-direction:column;min-height:0;overflow:hidden}
.ptabs{display:flex;gap:4px;padding:6px;border-bottom:1px solid #eee;flex-wrap:wrap;flex:none}
.pane{padding:0 6px 4px;flex:1;min-height:0;overflow:auto}
.pane[hidden]{display:none}
/* Rows are grids, not table layout; in long lists off-screen rows skip layout: 3 181 fact rows took 0.9 s as a table, 0.2 s so. */
.rows{width:100%;font-size:12.5px}
.rows,.rows thead,.rows tbody{display:block}
.rows tr{display:grid;border-bottom:1px solid #f0f0f0}
.rows.lazy tbody tr{content-visibility:auto;contain-intrinsic-size:auto 30px}
.facts tr{grid-template-columns:2.2em 5.5em 2.8em minmax(0,1fr) minmax(0,7em) minmax(0,1fr)}
.inds tr{grid-template-columns:minmax(0,1.6fr) 5em 2.8em minmax(0,1fr) minmax(0,6em) minmax(0,1fr)}
.rows thead{position:sticky;top:0;background:#fafafa;z-index:1}
.rows th{display:block;text-align:left;font-weight:normal;color:#666;border-bottom:1px solid #ddd;padding:2px 4px}
.rows td{display:block;min-width:0;padding:2px 4px;cursor:pointer;overflow-wrap:anywhere}
.rows tr:hover td{background:#f5f8ff}
.rows tr.sel td{background:#fff0b3}
.rows tr.nomatch{display:none}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.path{color:#666;max-width:9em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.q{color:#333}
.key{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;color:#777;word-break:break-all}
.ap{color:#8a5a00;margin:0 1px;font-size:11px}
.g{display:inline-block;min-width:1.5em;text-align:center;border:1px solid;border-radius:3px;font-size:11px;font-weight:bold}
.bad{color:#b3261e}
.detail{border-top:2px solid #ddd;padding:6px 8px;font-size:12.5px;background:#fcfcfc;flex:none;max-height:38%;overflow:auto}
.detail:empty{display:none}
.detail dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:0}
.detail dt{color:#888}.detail dd{margin:0;word-break:break-all}
.detail a{cursor:pointer;color:#0b57d0;text-decoration:underline;margin-right:8px}
.grid{margin:6px 0 14px}
.grid figcaption{font-weight:bold;margin-bottom:2px}
.grid figcaption .src{font-weight:normal;color:#888;font-size:12px}
.grid .scroll{overflow:auto;max-height:70vh}
.grid table{border-collapse:collapse;font-size:12px}
.grid td{border:1px solid #ccc;padding:1px 4px;min-width:2em}
.grid td.go{cursor:pointer}
.grid td.go:hover{background:#e8f0fe}
.grid td.blank{background:#fafafa}
.grid td.recovered{border:1px dashed #b35c00}
.grid td.recovered::after{content:"↯";color:#b35c00;font-size:10px;vertical-align:super}
.grid td.sel{outline:2px solid #ff8c00;background:#fff0b3}
.warns{margin:0;padding-left:18px;font-size:12.5px}
.warns li{margin:4px 0;cursor:default}
.warns li[data-go]{cursor:pointer}
.warns li.sel{background:#fff0b3}
.warns pre{margin:0;white-space:pre-wrap;font-size:11px;color:#555}
.empty{color:#888;font-size:13px}
::highlight(nb-hit){background:#c6f6d5}
::highlight(nb-cur){background:#ff9f43;color:#000}
@media (max-width:900px){.rep{grid-template-columns:1fr;grid-template-rows:auto auto 1fr auto}.rh{grid-column:1}.outline{max-height:20vh}}
`;
