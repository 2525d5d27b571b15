/** The options of the sync entries are checked by one zod schema (src/options.ts): a wrong option is a typed error. */
import { describe, expect, it } from 'vitest';
import { NianbaoError, parseReport, parseReports } from '../src/index.js';
import { checkParseOptions, ParseOptionsSchema } from '../src/options.js';

const TEXT = '平潭综合实验区2019年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息1234条。';

function errorOf(run: () => unknown): NianbaoError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(NianbaoError);
    return err as NianbaoError;
  }
  throw new Error('expected a NianbaoError');
}

describe('ParseOptions are validated', () => {
  it('null options → INVALID_OPTION naming null', () => {
    const err = errorOf(() => parseReports(TEXT, null as never));
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toContain('got null');
  });

  it('{ maxBytes: "abc" } → INVALID_OPTION naming maxBytes and the value', () => {
    const err = errorOf(() => parseReport(TEXT, { maxBytes: 'abc' } as never));
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toMatch(/maxBytes: .*expected number.*"abc"/);
  });

  it('{ format: "pdf" } → NEEDS_ASYNC naming the async entry; docx and doc too', () => {
    for (const format of ['pdf', 'docx', 'doc']) {
      const err = errorOf(() => parseReports(TEXT, { format } as never));
      expect(err.code).toBe('NEEDS_ASYNC');
      expect(err.message).toContain('parseDocument');
      expect(err.message).toContain(`format "${format}"`);
    }
  });

  it('a misspelt key, an unknown tokenizer, a negative size are refused', () => {
    expect(errorOf(() => parseReports(TEXT, { fromat: 'html' } as never)).message).toContain('fromat');
    expect(errorOf(() => parseReports(TEXT, { tokenizer: 'hanlp' } as never)).message).toContain('tokenizer');
    expect(errorOf(() => parseReports(TEXT, { maxBytes: -1 })).message).toContain('got -1');
  });

  it('no options, {} and undefined values parse the same report', () => {
    const a = parseReport(TEXT);
    expect(parseReport(TEXT, {})).toEqual(a);
    expect(parseReport(TEXT, { encoding: undefined, format: 'auto' })).toEqual(a);
    expect(a.indicators.proactive?.totalPublished).toBe(1234);
  });
});

describe('the source-only fast path checks what the schema would', () => {
  const agree = (options: unknown) => {
    let fast: unknown;
    let slow: unknown;
    try {
      fast = checkParseOptions(options);
    } catch (err) {
      fast = (err as NianbaoError).code;
    }
    const parsed = ParseOptionsSchema.safeParse(options);
    slow = options === undefined ? {} : parsed.success && typeof options === 'object' && options !== null && !Array.isArray(options) ? parsed.data : 'INVALID_OPTION';
    expect(fast, JSON.stringify(options)).toEqual(slow);
  };

  it('gives { source } for a plain { source: string } and the schema answer for every near miss', () => {
    class WithSource {
      source = 'a.txt';
    }
    const inherited = Object.create({ source: 'b.txt' }) as object;
    for (const options of [
      undefined,
      {},
      { source: 'a.txt' },
      { source: '' },
      { source: 1 },
      { source: undefined },
      { source: 'a.txt', format: 'text' },
      { source: 'a.txt', fromat: 'text' },
      { format: 'html' },
      new WithSource(),
      inherited,
      Object.assign(Object.create(null), { source: 'c.txt' }),
      ['source'],
      null,
      'source',
    ]) {
      agree(options);
    }
    expect(checkParseOptions({ source: 'a.txt' })).toEqual({ source: 'a.txt' });
  });
});
