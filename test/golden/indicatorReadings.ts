import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One report's expected indicators, read by hand (fixtures/seed/expected, fixtures/{corpus,wild}/*.indicators.json). */
export interface IndicatorReading {
  name: string;
  file: string;
  /** Index of the report in its page (篇1 → 0). */
  index: number;
  indicators: Record<string, number>;
  quotes: Record<string, string>;
}

const root = new URL('../../fixtures/', import.meta.url).pathname;

/** Every hand reading of indicators in the fixtures. */
export function indicatorReadings(): IndicatorReading[] {
  const out: IndicatorReading[] = [];
  for (const name of readdirSync(join(root, 'corpus')).filter((n) => n.endsWith('.indicators.json')).sort()) {
    const id = name.replace('.indicators.json', '');
    const data = JSON.parse(readFileSync(join(root, 'corpus', name), 'utf8'));
    const file = readdirSync(join(root, 'corpus')).find((n) => n.startsWith(id) && /\.(txt|html)$/.test(n))!;
    out.push({ name: id, file: join(root, 'corpus', file), index: 0, indicators: data.indicators, quotes: data.quotes ?? {} });
  }
  // non-held-out wild reports read by hand for development (fixtures/wild/README.md)
  for (const name of readdirSync(join(root, 'wild')).filter((n) => n.endsWith('.indicators.json')).sort()) {
    const id = name.replace('.indicators.json', '');
    const data = JSON.parse(readFileSync(join(root, 'wild', name), 'utf8'));
    if (!data.indicators) continue; // a reading of agency, year and sections only (2019/2021-format tables not read)
    out.push({ name: `wild ${id}`, file: join(root, 'wild', `${id}.txt`), index: 0, indicators: data.indicators, quotes: data.quotes ?? {} });
  }
  const seedDir = join(root, 'seed', 'expected');
  for (const name of readdirSync(seedDir).filter((n) => /^pian\d+\.json$/.test(n)).sort()) {
    const data = JSON.parse(readFileSync(join(seedDir, name), 'utf8'));
    out.push({
      name: `seed ${data.marker}`,
      file: join(root, 'seed', '000_b61ef283626af920.txt'),
      index: Number(name.match(/\d+/)![0]) - 1,
      indicators: data.indicators ?? {},
      quotes: data.indicatorQuotes ?? {},
    });
  }
  return out;
}
