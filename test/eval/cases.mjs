// Loads every fixture that has expected data into one shape ("case") used by eval and bench:
//   { id, input, region?, facts[], sections[], agency?, year?, indicators{dottedKey: {value, table}}, nonFacts[] }
// nonFacts: strings a reader marked as not measurements (第15条, 12319城建热线); a count/percent/money inside one is wrong.
// Sources: fixtures/corpus/*.gold.json (+ *.indicators.json), fixtures/seed/expected/pianNN.json, fixtures/html/*.expected.json;
// held-out: fixtures/heldout/*.reading.json, loaded apart (loadHeldoutCases); burned: fixtures/burned/ (loadBurnedCases).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Written money units → factor to yuan (the library's value is in yuan: 9116.36万元 → 91,163,600). */
const MONEY_UNITS = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
/** Count prefixes that scale the number (总浏览量为 536 万 → 536 or 5,360,000, both accepted). */
const COUNT_SCALES = { 万: 1e4, 亿: 1e8 };

/** 条(余) → 条, 个(近) → 个, 万人(近) → 人 with scale 1e4. */
export function normalizeCountUnit(unit) {
  let u = String(unit ?? '').replace(/[（(][^）)]*[）)]/g, '').trim();
  let scale = 1;
  const first = u[0];
  if (first && COUNT_SCALES[first]) {
    scale = COUNT_SCALES[first];
    u = u.slice(1);
  }
  return { unit: u, scale };
}

/**
 * The corpus gold files write an approximation inside the unit, in brackets (`家(多)`, `个(近)`, `万(突破)`); the other
 * readings write `approx`. The eval's own table, kept apart from the library's (an oracle, not a copy).
 */
const GOLD_APPROX_MARKS = {
  多: 'more-than', 余: 'more-than', 超: 'more-than', 超过: 'more-than', 逾: 'more-than', 突破: 'more-than', 以上: 'more-than',
  近: 'less-than', 将近: 'less-than', 接近: 'less-than', 不足: 'less-than', 不到: 'less-than',
  约: 'about', 左右: 'about',
};

/** A fact as written in a .gold.json reading (label/value/unit/quote) → the library's kind, value and unit. */
export function goldFact(f) {
  const unit = String(f.unit ?? '').trim();
  const mark = /[（(]([^）)]*)[）)]/.exec(unit)?.[1];
  const approx = f.approx ?? GOLD_APPROX_MARKS[mark];
  const base = { label: f.label ?? '', quote: f.quote ?? '', ...(approx ? { approx } : {}) };
  if (unit === '日期' || unit === 'date') {
    return { ...base, kind: String(f.value).includes('/') ? 'dateRange' : 'date', value: String(f.value), values: [String(f.value)] };
  }
  if (unit === '%' || unit === '％') return { ...base, kind: 'percent', value: Number(f.value), values: [Number(f.value)] };
  const money = MONEY_UNITS[unit.replace(/[（(][^）)]*[）)]/g, '')];
  if (money) return { ...base, kind: 'money', value: Number(f.value) * money, values: [Number(f.value) * money], unit: '元' };
  const { unit: measure, scale } = normalizeCountUnit(unit);
  const v = Number(f.value);
  return { ...base, kind: 'count', value: v, values: scale === 1 ? [v] : [v, v * scale], unit: measure };
}

/** A fact from a seed reading (kind, value in yuan, unit, quote) → same shape as goldFact. */
export function keyedFact(f) {
  if (!f.kind) return goldFact(f);
  const base = { label: f.label ?? f.subject ?? '', quote: f.quote ?? '', ...(f.approx ? { approx: f.approx } : {}) };
  if (f.kind === 'count') {
    const { unit, scale } = normalizeCountUnit(f.unit);
    const v = Number(f.value);
    return { ...base, kind: 'count', value: v, values: scale === 1 ? [v] : [v, v * scale], unit };
  }
  if (f.kind === 'date' || f.kind === 'dateRange') return { ...base, kind: f.kind, value: String(f.value), values: [String(f.value)] };
  return { ...base, kind: f.kind, value: Number(f.value), values: [Number(f.value)], unit: f.kind === 'money' ? '元' : f.unit };
}

/** Section headings as a flat list; a nested list ({heading|title, children}) is flattened depth-first. */
export function flattenHeadings(list) {
  const out = [];
  const walk = (items) => {
    for (const item of items ?? []) {
      if (typeof item === 'string') out.push(item);
      else if (item && typeof item === 'object') {
        const h = item.heading ?? (item.marker ? `${item.marker}${item.title ?? ''}` : item.title);
        if (h) out.push(String(h));
        walk(item.children ?? item.sections);
      }
    }
  };
  walk(list);
  return out;
}

/** Nested or dotted indicator objects → { 'a.b.c': number }. */
export function flattenIndicators(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'number' || v === null) out[key] = v;
    else if (v && typeof v === 'object') flattenIndicators(v, key, out);
  }
  return out;
}

// The readings' names of the official rows and columns → dotted keys of DESIGN.md §3: generated from the template
// registry (the only place the labels are spelled) into fixtures/reading-keys.json, checked by test/profiles/templates.
const READING_KEYS = JSON.parse(readFileSync(join(ROOT, 'fixtures/reading-keys.json'), 'utf8'));
/** 表三 row as a reading names it (、，and spaces removed) → row key. */
export const TABLE3_ROWS = READING_KEYS.table3Rows;
/** 表三 columns in order: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
export const TABLE3_COLUMNS = READING_KEYS.table3Columns;
export const TABLE4_ROWS = READING_KEYS.table4Groups;
export const TABLE4_COLUMNS = READING_KEYS.table4Outcomes;

/** 表三/表四/fees of a gold reading → { dottedKey: value } with the table each key came from. */
export function goldIndicators(gold) {
  const cells = {};
  for (const [label, values] of Object.entries(gold.table3 ?? {})) {
    const row = TABLE3_ROWS[label.replace(/[、，\s]/g, '')];
    if (!row) {
      cells[`?表三:${label}`] = { value: null, table: '表三' };
      continue;
    }
    values.forEach((v, i) => (cells[`applications.${row}.${TABLE3_COLUMNS[i]}`] = { value: v, table: '表三' }));
  }
  for (const [label, outcomes] of Object.entries(gold.table4 ?? {})) {
    const row = TABLE4_ROWS[label];
    for (const [col, v] of Object.entries(outcomes)) {
      cells[`reviewsAndLawsuits.${row ?? `?${label}`}.${TABLE4_COLUMNS[col] ?? `?${col}`}`] = { value: v, table: '表四' };
    }
  }
  if (Array.isArray(gold.fees) && gold.fees.length) {
    const yuan = gold.fees.reduce((s, f) => s + Number(f.value) * (MONEY_UNITS[f.unit] ?? 1), 0);
    cells.feesCollectedYuan = { value: yuan, table: 'fees' };
  }
  for (const [key, value] of Object.entries(flattenIndicators(gold.indicators))) cells[key] = { value, table: 'prose' };
  return cells;
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

function corpusCases() {
  const dir = join(ROOT, 'fixtures/corpus');
  if (!existsSync(dir)) return [];
  const cases = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.gold\.json$/.exec(name);
    if (!m) continue;
    const stem = m[1];
    const input = ['.txt', '.html', '.htm'].map((ext) => join(dir, stem + ext)).find(existsSync);
    if (!input) continue;
    const gold = readJson(join(dir, name));
    const indicators = goldIndicators(gold);
    const indFile = join(dir, `${stem}.indicators.json`);
    if (existsSync(indFile)) {
      const file = readJson(indFile);
      for (const [k, v] of Object.entries(flattenIndicators(file.indicators ?? file))) indicators[k] = { value: v, table: 'indicators.json' };
    }
    cases.push({
      id: stem,
      group: 'corpus',
      input,
      facts: (gold.facts ?? []).map(goldFact),
      sections: flattenHeadings(gold.sections),
      topLevelOnly: true,
      agency: gold.agency,
      year: gold.year,
      indicators,
      nonFacts: gold.nonFacts ?? [],
    });
  }
  // indicators.json without a gold reading
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.indicators\.json$/.exec(name);
    if (!m || cases.some((c) => c.id === m[1])) continue;
    const input = ['.txt', '.html', '.htm'].map((ext) => join(dir, m[1] + ext)).find(existsSync);
    if (!input) continue;
    const indicators = {};
    const file = readJson(join(dir, name));
    for (const [k, v] of Object.entries(flattenIndicators(file.indicators ?? file))) indicators[k] = { value: v, table: 'indicators.json' };
    cases.push({ id: m[1], group: 'corpus', input, facts: null, sections: [], indicators });
  }
  return cases;
}

// 篇1 / 篇 2 on a line of its own — the seed page's separators
const PIECE = /^[ \t]*篇\s*(\d+)[ \t]*$/gm;

function seedCases() {
  const dir = join(ROOT, 'fixtures/seed/expected');
  const page = join(ROOT, 'fixtures/seed/000_b61ef283626af920.txt');
  if (!existsSync(dir) || !existsSync(page)) return [];
  const text = readFileSync(page, 'utf8').replace(/^\uFEFF/, '');
  const marks = [...text.matchAll(PIECE)].map((m) => ({ n: Number(m[1]), at: m.index }));
  const cases = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^pian(\d+)\.json$/.exec(name);
    if (!m) continue;
    const n = Number(m[1]);
    const i = marks.findIndex((x) => x.n === n);
    if (i < 0) continue;
    const exp = readJson(join(dir, name));
    const indicators = {};
    for (const [k, v] of Object.entries(flattenIndicators(exp.indicators))) indicators[k] = { value: v, table: 'expected' };
    cases.push({
      id: `seed-pian${String(n).padStart(2, '0')}`,
      group: 'seed',
      input: page,
      inputAsString: true, // spans of the page text == offsets in the file's string
      region: { start: marks[i].at, end: i + 1 < marks.length ? marks[i + 1].at : text.length },
      facts: Array.isArray(exp.facts) ? exp.facts.map(keyedFact) : null,
      sections: flattenHeadings(exp.sections),
      topLevelOnly: false,
      agency: exp.agency ?? undefined,
      year: exp.year ?? undefined,
      indicators,
      nonFacts: exp.nonFacts ?? [],
    });
  }
  return cases;
}

function htmlCases() {
  const dir = join(ROOT, 'fixtures/html');
  if (!existsSync(dir)) return [];
  const cases = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.expected\.json$/.exec(name);
    if (!m) continue;
    const input = ['.html', '.htm', '.txt'].map((ext) => join(dir, m[1] + ext)).find(existsSync);
    if (!input) continue;
    const exp = readJson(join(dir, name));
    const indicators = goldIndicators(exp);
    for (const t of exp.tables ?? []) {
      if (t.table3) Object.assign(indicators, goldIndicators({ table3: t.table3 }));
      // 表四's last row: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5 (结果维持 结果纠正 其他结果 尚未审结 总计)
      if (Array.isArray(t.lastRow) && t.lastRow.length === 15) {
        const rows = Object.values(TABLE4_ROWS);
        const cols = Object.values(TABLE4_COLUMNS);
        t.lastRow.forEach((v, i) => (indicators[`reviewsAndLawsuits.${rows[Math.floor(i / 5)]}.${cols[i % 5]}`] = { value: v, table: '表四' }));
      }
    }
    cases.push({
      id: `html-${m[1]}`,
      group: 'html',
      input,
      facts: Array.isArray(exp.facts) ? exp.facts.map(keyedFact) : null,
      sections: flattenHeadings(exp.sections),
      topLevelOnly: false,
      agency: exp.agency ?? undefined,
      year: exp.year ?? undefined,
      encoding: exp.encoding,
      quotes: exp.quotes ?? [],
      absent: exp.absent ?? [],
      indicators,
      nonFacts: exp.nonFacts ?? [],
    });
  }
  return cases;
}

/** Hand readings in the held-out format (<dir>/<stem>.txt + <stem>.reading.json) → cases of the given group. */
function readingCases(folder, group) {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  const cases = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.reading\.json$/.exec(name);
    if (!m) continue;
    const reading = readJson(join(dir, name));
    const input = join(dir, reading.file ?? `${m[1]}.txt`);
    if (!existsSync(input)) continue;
    cases.push({
      id: m[1],
      group,
      input,
      facts: (reading.facts ?? []).map(goldFact),
      sections: flattenHeadings(reading.sections),
      topLevelOnly: true,
      agency: reading.agency ?? undefined,
      year: reading.year ?? undefined,
      indicators: goldIndicators(reading),
      nonFacts: reading.nonFacts ?? [],
    });
  }
  return cases;
}

/**
 * Held-out reports (fixtures/heldout/<stem>.txt + <stem>.reading.json): hand readings of wild reports kept out of
 * tuning. Loaded only by the eval's own held-out section — never by loadCases(), so bench and tests don't see them.
 */
export function loadHeldoutCases() {
  return readingCases('fixtures/heldout', 'heldout');
}

/**
 * Burned reports (fixtures/burned/, same format): six readings that were held out until session 5 and are
 * development material since (fixtures/burned/README.md). The eval scores them in their own section, misses printed;
 * not in loadCases(), so the in-sample figures and the bench inputs stay comparable with earlier sessions.
 */
export function loadBurnedCases() {
  return readingCases('fixtures/burned', 'burned');
}

/** Non-held-out wild reports read by hand for development (fixtures/wild/<stem>.indicators.json): agency, year, top-level sections, indicators. */
function wildCases() {
  const dir = join(ROOT, 'fixtures/wild');
  if (!existsSync(dir)) return [];
  const cases = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^(.*)\.indicators\.json$/.exec(name);
    if (!m) continue;
    const file = readJson(join(dir, name));
    const indicators = {};
    for (const [k, v] of Object.entries(flattenIndicators(file.indicators ?? {}))) indicators[k] = { value: v, table: 'wild-dev' };
    cases.push({ id: `wild-${m[1]}`, group: 'wild', input: join(dir, `${m[1]}.txt`), facts: null, sections: file.sections ?? [], topLevelOnly: true, agency: file.agency, year: file.year, indicators });
  }
  return cases;
}

/** Every case with expected data, corpus first (the held-out readings are not among them: see loadHeldoutCases). */
export function loadCases() {
  return [...corpusCases(), ...seedCases(), ...htmlCases(), ...wildCases()];
}

/** Reads a case's input the way a user would: bytes, or the string for the seed page (its regions are string offsets). */
export function readCaseInput(c) {
  return c.inputAsString ? readFileSync(c.input, 'utf8').replace(/^\uFEFF/, '') : readFileSync(c.input);
}
