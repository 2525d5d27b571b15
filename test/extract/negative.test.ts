/**
 * The negative corpus: phrasings from real reports that hold numbers but no measurement (DESIGN §3, the gold
 * `notes` and the seed readings' nonFacts), and the pathological inputs that must stay linear.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

// [text, where it was seen]
const NOT_MEASUREMENTS: Array<[string, string]> = [
  ['根据《条例》第15条规定', 'article number, seed 篇8'],
  ['《条例》第9至12条的规定', 'article range, seed 篇8'],
  ['涿政办字[]1号', 'document number, seed 篇10'],
  ['（闽政办〔2012〕157号）', 'document number'],
  ['（闽政办便函〔2015〕77号）的要求', 'document number, 009'],
  ['开通12319城建热线', 'hotline name, seed 篇7'],
  ['电话：23158138；传真：23158138', 'phone and fax, 009'],
  ['联系电话：0527—83593059', 'phone, 031'],
  ['邮编：350400', 'postcode, 009'],
  ['邮政编码223600', 'postcode'],
  ['地址：八一路439号', 'street address'],
  ['苏州东路42号', 'street address, 031'],
  ['实验区管委会7号楼14层', 'building and floor'],
  ['综合楼主楼14层', 'floor, 019'],
  ['在《日报》第四版开设专栏', 'page ordinal, seed 篇7'],
  ['第十一届人大', 'ordinal'],
  ['本报告由概述、…和政府信息公开情况统计表共七个部分组成。', "the report's own structure, 009"],
  ['们考虑从以下三个方面作进一步', "the report's own structure, seed"],
  ['从5方面入手', "the report's own structure, seed 篇10"],
  ['坚持“四结合”', 'slogan, seed 篇1'],
  ['监督评议等“八项制度”的基础', 'slogan, seed 篇10'],
  ['要求做到四个明确,即责任', 'slogan, seed 篇2'],
  ['加快建设“五个中心”', 'slogan, 034'],
  ['“四位一体”科学发展', 'slogan, seed 篇6'],
  ['实现零投诉', '零X idiom'],
  ['建设的一项重要工作', 'article 一, 014'],
  ['作为机关效能建设的一项基本制度来抓', 'article 一, 055'],
  ['重点做好了三项信息的公开工作。一是机构信息的更新。', 'announces its own list, seed 篇6'],
  ['重点抓好3项工作：一是完善制度，二是加强培训。', 'announces its own list'],
  ['5.属于三类内部事务信息', '表三 row label'],
  ['在15个工作日内予以答复', 'duration'],
  ['建立24小时值班制度', 'duration, 042'],
  ['新中国成立70周年', 'anniversary, 019'],
  ['2011年度', 'year'],
  ['二〇二二年', 'year'],
  ['一、概述 （一）加强组织领导 1. 完善制度', 'list markers'],
  ['数百个单位', 'vague amount'],
  ['数百余人参加', 'vague amount, even with 余'],
  ['www.pingtan.gov.cn 电子邮箱：pzxxgkb@163.com', 'web addresses, 009'],
  ['全年未发生政府信息公开方面责任追究结果情况', 'stated absence without a count, 031'],
  ['未发生因依申请公开被行政复议纠错或行政诉讼败诉情形', 'stated absence of results, 034'],
  ['目前尚无发现应主动公开政府信息而未予公开的情况', 'stated absence of a problem, 054'],
  ['2.申请人逾期未按收费通知要求缴纳费用', '表三 row label, not a fee statement'],
  ['（四）无法提供', '表三 row label'],
  ['2024年度无正当理由大量反复申请', '表三 row label after a year'],
  ['六、其他需要报告的事项 我局没有需要报告的事项。', 'nothing to report is not a count'],
  ['数十次', 'vague amount'],
  ['上百家', 'vague amount: 上 is no approximation of a figure'],
  ['千家万户', 'idiom'],
  ['一成不变', 'idiom: 成 is no tenth'],
  ['九成新', 'not a share'],
  ['总计 12\n个人申请', 'a number at a line end is not glued to the next line (个人 is no measure word there)'],
  ['粉丝数2025年', 'a year after a label'],
  // PDF text with its lines broken at a 30-character margin (corpus 009, 019, 022 in the eval's 'wrapped' variant)
  ['行政强制126025第\n二十条第（八）项信息内容', 'article number broken after 第, 019'],
  ['政府信息公开工作存在的主要问题及改进情况和政府信息公开情况统计表共七个\n部分组成。', 'report structure broken before 部分, 009'],
  ['6.属于\n四类过程性信息', '表三 row label broken after 属于, 019'],
];

describe('never a measurement', () => {
  it.each(NOT_MEASUREMENTS)('%s (%s)', (text) => {
    const read = factsOf(text).filter((f) => f.kind !== 'date' && f.kind !== 'dateRange');
    expect(read.map((f) => `${f.kind} ${f.value} «${f.quote}» [${f.rule}]`)).toEqual([]);
  });
  it('a redacted year gives no date: 20**年5月1日 (seed 篇8)', () => {
    expect(factsOf('统计期限自20**年5月1日《条例》实施之日起,至20**年12月31日止')).toEqual([]);
  });
  it('a full-width comma separates a list, never thousands: 3，500条 → 500条 only', () => {
    expect(factsOf('3，500条').map((f) => [f.value, f.quote])).toEqual([[500, '500条']]);
  });
  it('a half-width , or . after a word is punctuation: the number after it is read (page stores writing ，。 half-width)', () => {
    // 009 and 019 as such a store prints them
    expect(factsOf('2015年12月,成功组织了第二批保障性住房(公租房)选房,389套房子顺利找到“主人”.').filter((f) => f.kind === 'count').map((f) => [f.value, f.quote])).toEqual([[389, '389套']]);
    expect(factsOf('群众等候时间由42分钟缩至19分钟,92%公共服务事项办结时长缩短').filter((f) => f.kind === 'percent').map((f) => f.value)).toEqual([92]);
  });
  it('but a number glued to a letter or to another number through , or . is not read (G20, www.12345.gov, 1.2.3)', () => {
    for (const t of ['G20峰会期间', 'www.12345.gov.cn网站', '见第1.2.3条']) expect(factsOf(t).filter((f) => f.kind === 'count').map((f) => f.quote), t).toEqual([]);
    expect(factsOf('主动公开信息1,295条').map((f) => f.value)).toEqual([1295]);
  });
  it('a report announcing its own list before a half-width . is structure: 重点做好了三项信息的公开工作.一是… (seed 篇6)', () => {
    expect(factsOf('市环保局重点做好了三项信息的公开工作.一是机构信息的更新.').filter((f) => f.kind === 'count')).toEqual([]);
  });
  it('an empty period gives nothing: 统计期限自至。 (043)', () => {
    expect(factsOf('本报告所列数据的统计期限自至。')).toEqual([]);
  });
  it('two glued table cells are not one amount: 13575394432.52元 (019)', () => {
    expect(factsOf('政府集中采购13575394432.52元')).toEqual([]);
  });
});

describe('pathological inputs stay linear', () => {
  for (const [name, text] of [
    ['digits', '1'.repeat(1e5)], ['brackets', '（'.repeat(1e5)], ['Chinese numerals', '一'.repeat(1e5)],
    ['numerals and measure words', '十条'.repeat(1e4)], ['negations', '未收到'.repeat(3e4)],
    ['spaces between digits', '1 '.repeat(5e4)], ['date parts', '2015年1月'.repeat(1e4)],
  ] as Array<[string, string]>) {
    // CPU time, not wall time (other processes share the machine); quadratic behaviour would take minutes here
    it(`${name} (${text.length} chars) in a few seconds of CPU at most`, () => {
      const t0 = process.cpuUsage();
      factsOf(text);
      const { user, system } = process.cpuUsage(t0);
      expect((user + system) / 1000).toBeLessThan(5000);
    });
  }
});
