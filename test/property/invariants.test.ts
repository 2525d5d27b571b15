// The checker itself must catch what it claims to: a test of the test helpers, so the property tests cannot pass vacuously.
import { describe, expect, it } from 'vitest';
import { NianbaoError, parseReport } from '../../src/index.js';
import { checkParse, violations } from './invariants.js';

const text = '一、总体情况\n全年主动公开政府信息2599条，受理申请23件。';

describe('invariant checker', () => {
  it('passes a real parse of 主动公开政府信息2599条', () => {
    expect(violations(parseReport(text))).toEqual([]);
  });

  it('catches a fact whose span does not slice to its quote', () => {
    const r = parseReport(text);
    const bad = { ...r, facts: [{ kind: 'count' as const, value: 2599, unit: '条', quote: '2599条', span: { start: 0, end: 5 }, sectionPath: [], rule: 'x', source: 'text' as const }] };
    expect(violations(bad).join()).toMatch(/facts\[0\]: slice/);
  });

  it('catches a span past the end of the text', () => {
    const r = parseReport(text);
    const bad = { ...r, facts: [{ kind: 'count' as const, value: 1, quote: 'x', span: { start: 10, end: 999 }, sectionPath: [], rule: 'x', source: 'text' as const }] };
    expect(violations(bad).join()).toMatch(/out of 0-/);
  });

  it('accepts a typed input error and rejects INTERNAL or a plain Error', () => {
    expect(checkParse(() => { throw new NianbaoError('EMPTY_INPUT'); }).problems).toEqual([]);
    expect(checkParse(() => { throw new NianbaoError('INTERNAL', 'boom'); }).problems[0]).toMatch(/INTERNAL/);
    expect(checkParse(() => { throw new TypeError('x is undefined'); }).problems[0]).toMatch(/TypeError/);
  });
});
