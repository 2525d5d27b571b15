import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/input/html.js';

const text = (html: string) => htmlToDocument(html).text;

describe('HTML → text: runs joined as a reader sees them', () => {
  it('joins a number split over <font> runs (031: 信息</font><font face="Times New Roman">249</font><font>条)', () => {
    expect(text('<p><font face="方正仿宋_GBK">各类公开政府信息</font><font face="Times New Roman">249</font><font face="方正仿宋_GBK">条</font></p>')).toBe(
      '各类公开政府信息249条',
    );
  });

  it('drops a source line break between Chinese characters and inside a number (Word wraps its HTML anywhere)', () => {
    expect(text('<p>本年度办\r\n理结果，共<span>2</span>\n<span>49</span>条</p>')).toBe('本年度办理结果，共249条');
  });

  it('keeps a line break between Latin words as a space', () => {
    expect(text('<p>http://www.shuyang.gov.cn/\nindex</p><p>Times\nNew Roman</p>')).toBe('http://www.shuyang.gov.cn/ index\nTimes New Roman');
  });

  it('keeps a space the author typed (社会公益 组织) and turns &nbsp; into a space', () => {
    expect(text('<p>社会公益 组织</p><p>信息公开年报&nbsp;&nbsp;其他</p>')).toBe('社会公益 组织\n信息公开年报 其他');
  });

  it('writes block boundaries as single line breaks, no blank lines', () => {
    expect(text('<div><p>一、总体情况</p><p><o:p>&nbsp;</o:p></p><p>（一）主动公开政府信息情况</p></div><br><br>六、其他需要报告的事项')).toBe(
      '一、总体情况\n（一）主动公开政府信息情况\n六、其他需要报告的事项',
    );
  });

  it('leaves out scripts, styles, comments, Word conditional comments and hidden elements', () => {
    const html =
      '<style>p{mso-style-unhide:no}</style><script>var websiteId = "e1db"</script>' +
      '<!--[if gte mso 9]><xml><o:Author>admin</o:Author></xml><![endif]-->' +
      '<p><![if !supportLists]>（二）<![endif]>依申请公开</p><div style="display: none">隐藏</div><p hidden>也隐藏</p>';
    expect(text(html)).toBe('（二）依申请公开');
  });

  it('still gives text for malformed HTML: unclosed tags and a stray </td>', () => {
    // as a browser shows it: the stray </td> and </b> are ignored, the <span> runs on inside the open <p>
    expect(text('<div><p>一、总体情况<p>全年受理网络问政182件</td><span>，已办结</div></b><p>（二）依申请公开')).toBe(
      '一、总体情况\n全年受理网络问政182件，已办结\n（二）依申请公开',
    );
  });

  it('keeps the line breaks of <pre>', () => {
    expect(text('<pre>一、总体情况\n二、主动公开</pre>')).toBe('一、总体情况\n二、主动公开');
  });
});

describe('whitespace runs in a text node: a line break in the source is not a space, a typed &nbsp; is', () => {
  it.each([
    ['<p>主动公开\n  政府信息</p>', '主动公开政府信息'], // a line break in the source between CJK: no space
    ['<p>主动公开&nbsp;\n政府信息</p>', '主动公开 政府信息'], // a typed &nbsp; stays a space
    ['<p>Open \t data</p>', 'Open data'],
  ])('%s → %s', (html, text) => {
    expect(htmlToDocument(html).text.trim()).toBe(text);
  });
});
