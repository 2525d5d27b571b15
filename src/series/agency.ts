/**
 * How agency names are grouped into one series. Each step is data: a pattern, its replacement, and a real name it is
 * for. The steps a name went through are reported with its group, so a reader can see why two names were joined.
 */
export interface AgencyStep {
  id: string;
  pattern: RegExp;
  replace: string;
  example: string;
}

export const AGENCY_STEPS: AgencyStep[] = [
  // full-width brackets and spaces as written in titles: 平潭综合实验区管委会办公室（汇总全区）
  { id: 'spaces', pattern: /[\s\u3000]+/g, replace: '', example: '平潭综合实验区 管委会 → 平潭综合实验区管委会' },
  { id: 'brackets', pattern: /[（(][^（）()]*[）)]$/, replace: '', example: '平潭综合实验区管委会办公室（汇总全区） → 平潭综合实验区管委会办公室' },
  // the office of a 管委会 compiles the zone's report: 平潭综合实验区管委会办公室 → 平潭综合实验区管委会
  { id: 'zoneOffice', pattern: /(管委会|管理委员会)办公室$/, replace: '$1', example: '平潭综合实验区管委会办公室 → 平潭综合实验区管委会' },
  // the zone's report is titled by the zone: 平潭综合实验区管委会 → 平潭综合实验区
  { id: 'zoneCommittee', pattern: /(区|园区|新区)(管委会|管理委员会)$/, replace: '$1', example: '平潭综合实验区管委会 → 平潭综合实验区' },
];

/** The group key of an agency name and the steps that changed it. Redactions (***市…) stay as written: distinct. */
export function normaliseAgency(name: string, aliases: Record<string, string> = {}): { key: string; steps: string[] } {
  let key = name;
  const steps: string[] = [];
  for (const step of AGENCY_STEPS) {
    const next = key.replace(step.pattern, step.replace);
    if (next !== key) {
      steps.push(step.id);
      key = next;
    }
  }
  // user-given aliases (e.g. 平潭县人民政府 → 平潭综合实验区, the county before the zone) apply last, on the key
  const alias = aliases[key] ?? aliases[name];
  if (alias !== undefined && alias !== key) {
    steps.push(`alias:${alias}`);
    key = normaliseAgency(alias).key;
  }
  return { key, steps };
}

/**
 * Names that do not say which place they belong to: a redacted place (***市人口和计划生育局) or none at all (县教育局,
 * 市城管执法局 — the seed page's reports). Two files with the same such name may be two different bodies, so these
 * are grouped per input file unless an alias joins them.
 */
export const PLACELESS: Array<{ id: string; pattern: RegExp; example: string }> = [
  { id: 'redacted', pattern: /[*＊]/, example: '***市人口和计划生育局' },
  // 市中区 is a place (济南市市中区, 枣庄市市中区), not a missing one
  { id: 'placeless', pattern: /^(?!市中区)[省市县区镇乡]/, example: '县教育局, 市城管执法局' },
];

/** The id of the PLACELESS rule a name falls under, if any. */
export function placelessRule(name: string): string | undefined {
  return PLACELESS.find((rule) => rule.pattern.test(name))?.id;
}
