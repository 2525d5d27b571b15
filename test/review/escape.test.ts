import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/review/escape.js';

describe('escapeHtml', () => {
  it('turns "><img onerror=…> into inert text', () => {
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
  it("escapes ' and & so attribute values cannot be closed", () => {
    expect(escapeHtml(`a'b&c`)).toBe('a&#39;b&amp;c');
  });
  it('keeps a CR as a reference, so the HTML parser does not turn it into LF and shift offsets', () => {
    expect(escapeHtml('回车\r\n换行')).toBe('回车&#13;\n换行');
  });
  it('prints undefined and null as empty', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('jsonForScript', () => {
  const hostile = { quote: '</script><script>alert(1)</script><!-- & \u2028\u2029 >' };
  it('leaves no <, >, & or U+2028/2029 in the output', () => {
    expect(jsonForScript(hostile)).not.toMatch(/[<>&\u2028\u2029]/);
  });
  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});

describe('escapeHtml keeps the length of odd text', () => {
  it('writes NUL as U+FFFD (the parser would drop a literal NUL from body text)', () => {
    expect(escapeHtml('a\0b')).toBe('a&#65533;b');
  });
});
