import type { Series, SeriesRow } from './compare.js';

const W = 640;
const H = 260;
const PAD = { left: 56, right: 16, top: 16, bottom: 28 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 4', '12 2'];

/** Escapes text for HTML and SVG. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Indicators worth a line: reported in at least two years of the agency, not a duplicate report. */
function lines(rows: SeriesRow[], maxLines: number): Array<[string, SeriesRow[]]> {
  const byKey = new Map<string, SeriesRow[]>();
  for (const row of rows) if (!row.duplicate) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey]
    .filter(([, rs]) => new Set(rs.map((r) => r.year)).size >= 2)
    .sort(([a, ra], [b, rb]) => rb.length - ra.length || a.localeCompare(b))
    .slice(0, maxLines);
}

function chart(agency: string, rows: SeriesRow[], label: (key: string) => string): string {
  const picked = lines(rows, COLOURS.length);
  if (!picked.length) return `<section><h2>${esc(agency)}</h2><p>No indicator is reported in two or more years.</p></section>`;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const max = Math.max(1, ...picked.flatMap(([, rs]) => rs.map((r) => r.value)));
  const x = (year: number) => PAD.left + ((year - years[0]) / Math.max(1, years[years.length - 1] - years[0])) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const paths = picked.map(([key, rs], i) => {
    const pts = rs.sort((a, b) => a.year - b.year).map((r) => `${x(r.year).toFixed(1)},${y(r.value).toFixed(1)}`);
    const dots = rs
      .map((r) => `<circle cx="${x(r.year).toFixed(1)}" cy="${y(r.value).toFixed(1)}" r="3" fill="${COLOURS[i]}"><title>${esc(`${r.year} ${label(key)}: ${r.value}${r.quote ? ` — ${r.quote}` : ''}`)}</title></circle>`)
      .join('');
    return `<polyline fill="none" stroke="${COLOURS[i]}" stroke-width="2" stroke-dasharray="${DASHES[i]}" points="${pts.join(' ')}"/>${dots}`;
  });
  const axis = years.map((yr) => `<text x="${x(yr).toFixed(1)}" y="${H - 8}" font-size="11" text-anchor="middle">${yr}</text>`).join('');
  const legend = picked
    .map(([key], i) => `<li><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="${COLOURS[i]}" stroke-width="2" stroke-dasharray="${DASHES[i]}"/></svg> ${esc(label(key))} <code>${esc(key)}</code></li>`)
    .join('');
  return `<section><h2>${esc(agency)}</h2><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(agency)}">
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#999"/>
<text x="${PAD.left - 6}" y="${PAD.top + 4}" font-size="11" text-anchor="end">${max}</text>
<text x="${PAD.left - 6}" y="${H - PAD.bottom}" font-size="11" text-anchor="end">0</text>${axis}${paths.join('')}</svg><ul class="legend">${legend}</ul></section>`;
}

/** A static, self-contained HTML page: one line chart per agency, one line per indicator over the years. */
export function renderSeriesChart(series: Series, label: (key: string) => string = (k) => k): string {
  const body = series.groups.map((g) => chart(g.agency, series.rows.filter((r) => r.agency === g.agency), label)).join('\n');
  const warnings = series.warnings.map((w) => `<li><b>${esc(w.code)}</b> ${esc(w.message)}</li>`).join('');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>nianbao series</title><style>body{font:14px system-ui,sans-serif;margin:24px;max-width:760px}ul.legend{list-style:none;padding:0}code{color:#555}</style></head>
<body><h1>Indicators over the years</h1>${body}<h2>Checks</h2><ul>${warnings || '<li>none</li>'}</ul></body></html>`;
}
