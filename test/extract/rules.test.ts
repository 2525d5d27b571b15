/**
 * Each rule on the real sentence it was written for (quoted from fixtures/corpus and the seed page), as a corpus:
 * [sentence, kind, value, unit, approx, quote, rule].
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/schema/report.js';
import { factsOf, oneFact } from './helpers.js';

type Row = [string, Fact['kind'], number | string, string | undefined, Fact['approx'] | undefined, string, string];

const CORPUS: Row[] = [
  // counts with a measure word
  ['2015年主动公开政府信息2949条，', 'count', 2949, '条', undefined, '2949条', 'count.measureWord'], // 009
  ['城管执法局2011年度共接受市民咨询475次,其中', 'count', 475, '次', undefined, '475次', 'count.measureWord'], // seed 篇1
  ['主动公开市政府规章 22 件', 'count', 22, '件', undefined, '22 件', 'count.measureWord'], // 034, PDF spacing
  ['2015年政府信息公开专栏访问量达133890人次。', 'count', 133890, '人次', undefined, '133890人次', 'count.measureWord'], // 009
  ['开展互动活动42场次', 'count', 42, '场次', undefined, '42场次', 'count.measureWord'], // 019
  ['热线电话11通', 'count', 11, '通', undefined, '11通', 'count.measureWord'], // 019
  ['年初、年中两次举办政府信息公开工作培训', 'count', 2, '次', undefined, '两次', 'count.chineseNumeral'], // 054
  ['受理两项依申请公开事项', 'count', 2, '项', undefined, '两项', 'count.chineseNumeral'], // seed 篇7
  ['已有20多家预算部门', 'count', 20, '家', 'more-than', '20多家', 'count.measureWord'], // 009
  ['安全提示等1000余条', 'count', 1000, '条', 'more-than', '1000余条', 'count.measureWord'], // 019
  ['政策解读短视频近 300 个', 'count', 300, '个', 'less-than', '近 300 个', 'count.measureWord'], // 034
  ['社交媒体账号粉丝总量近 45.9 万人；', 'count', 459000, '人', 'less-than', '近 45.9 万人', 'count.tenThousands'], // 034
  ['总浏览量为 536 万，', 'count', 5360000, undefined, undefined, '536 万', 'count.bareTenThousands'], // 034
  ['海外平台粉丝突破 300 万.', 'count', 3000000, undefined, 'more-than', '突破 300 万', 'count.bareTenThousands'], // 034 as a page store writing 。 half-width prints it
  ['“上海发布”粉丝数累积超 3170 万，', 'count', 31700000, undefined, 'more-than', '超 3170 万', 'count.bareTenThousands'], // 034
  ['共收到政府信息公开申请0件', 'count', 0, '件', undefined, '0件', 'count.measureWord'], // seed 篇8
  ['共受理政府信息公开申请1,295件', 'count', 1295, '件', undefined, '1,295件', 'count.measureWord'], // thousands separator
  ['主动公开政府信息２９４９条', 'count', 2949, '条', undefined, '２９４９条', 'count.measureWord'], // full-width digits
  ['开展培训二十余次', 'count', 20, '次', 'more-than', '二十余次', 'count.chineseNumeral'],
  // approximate figures from reports kept out of tuning (issue 13): a round number in words needs its approximation
  ['发布信息近千条', 'count', 1000, '条', 'less-than', '近千条', 'count.roundApprox'],
  ['办理逾百件', 'count', 100, '件', 'more-than', '逾百件', 'count.roundApprox'],
  // the same round number with 余/多 after it (千余份 as 1000余份)
  ['发放宣传资料千余份', 'count', 1000, '份', 'more-than', '千余份', 'count.roundApprox'],
  ['培训百余人', 'count', 100, '人', 'more-than', '百余人', 'count.roundApprox'],
  ['约3000条', 'count', 3000, '条', 'about', '约3000条', 'count.measureWord'],
  ['5500余条', 'count', 5500, '条', 'more-than', '5500余条', 'count.measureWord'],
  ['占比超八成', 'percent', 80, '%', 'more-than', '超八成', 'percent.tenths'],
  // PDF line breaks inside a phrase (issue 13): the quote keeps the break, exactly as report.text has it
  ['原创文章 294\n篇', 'count', 294, '篇', undefined, '294\n篇', 'count.measureWord'],
  ['不予公开答复 2\n件。', 'count', 2, '件', undefined, '2\n件', 'count.measureWord'],
  ['粉丝数\n54373', 'count', 54373, undefined, undefined, '54373', 'count.labelled'],
  // corpus 019 and 034 with their lines broken at a 30-character margin (the eval's 'wrapped' variant): a bracket after the measure word
  ['预决算公开197\n条（政府', 'count', 197, '条', undefined, '197\n条', 'count.measureWord'],
  ['件，办结 1191 \n件（含\n上年结转', 'count', 1191, '件', undefined, '1191 \n件', 'count.measureWord'],
  ['2016年政府信息公开专栏访问量达162103人\n次。', 'count', 162103, '人次', undefined, '162103人\n次', 'count.measureWord'], // 010 at a 30-character margin: the break inside 人次
  ['全区举办培训3场\n次日召开会议', 'count', 3, '场', undefined, '3场', 'count.measureWord'], // constructed: 次日 on the next line is no 场次
  // words that pull different ways around one figure (近 under, 多 over; 约 with 多) make it "about" (wild 004, burned);
  // words that agree keep their direction, and one word alone is unchanged (涉及20多项内容, same report)
  ['去年全年共发放各种宣传资料近10多万份。', 'count', 100000, '份', 'about', '近10多万份', 'count.tenThousands'],
  ['我局通过下乡宣传、讲座等形式发放资料约10万多份。', 'count', 100000, '份', 'about', '约10万多份', 'count.tenThousands'],
  ['涉及20多项内容。', 'count', 20, '项', 'more-than', '20多项', 'count.measureWord'],
  ['培训超过100余人', 'count', 100, '人', 'more-than', '超过100余人', 'count.measureWord'], // constructed: both words say over
  // wild 004 (burned) at a 30-character margin: the approximation and 万 on the next line (read as the unbroken 10多万份)
  ['去年全年共发放各种宣传资料近10\n多万份。', 'count', 100000, '份', 'about', '近10\n多万份', 'count.tenThousands'],
  ['去年全年共发放各种宣传资料近10多万\n份。', 'count', 100000, '份', 'about', '近10多万\n份', 'count.tenThousands'],
  ['去年全年共发放各种宣传资料近10多\n万份。', 'count', 100000, '份', 'about', '近10多\n万份', 'count.tenThousands'],
  // a zero in words across a PDF line break (corpus 009 at a 30-character margin): after the negation, or inside the clause
  ['的政府信息。三、政府信息依申请公开工作情况 2015年全区未\n收到有关政府信息公开申请。', 'count', 0, '件', undefined, '未\n收到有关政府信息公开申请', 'negation.notReceived'],
  ['五、因政府信息公开申请行政复议、提起行政诉讼的情况2015年我区未收到有关政府\n信息公开行政复议的申请。', 'count', 0, '件', undefined, '未收到有关政府\n信息公开行政复议的申请', 'negation.notReceived'],
  // percentages
  ['占77%；', 'percent', 77, '%', undefined, '77%', 'percent.sign'], // 009
  ['全文电子化达100﹪', 'percent', 100, '%', undefined, '100﹪', 'percent.sign'], // seed 篇1
  ['办结率１００％', 'percent', 100, '%', undefined, '１００％', 'percent.sign'], // full-width digits and sign
  ['百分之百地及时受理', 'percent', 100, '%', undefined, '百分之百', 'percent.words'], // seed 篇7
  ['同比显著增长\n82%', 'percent', 82, '%', undefined, '82%', 'percent.sign'], // 034
  // money, in yuan
  ['政府信息公开工作经费为22.38万元', 'money', 223800, '元', undefined, '22.38万元', 'money.wan'], // seed 篇6
  ['本年收费金额9116.36万元', 'money', 91163600, '元', undefined, '9116.36万元', 'money.wan'],
  ['收取费用1.2亿元', 'money', 120000000, '元', undefined, '1.2亿元', 'money.yi'],
  ['收取信息处理费50元', 'money', 50, '元', undefined, '50元', 'money.yuan'],
  ['投入资金2万余元', 'money', 20000, '元', 'more-than', '2万余元', 'money.wan'],
  ['拨付经费二十万元', 'money', 200000, '元', undefined, '二十万元', 'money.chineseNumeral'],
  // dates and ranges
  ['本报告中所列数据统计时限为2022年1月1日至2022年12月31日', 'dateRange', '2022-01-01/2022-12-31', undefined, undefined, '2022年1月1日至2022年12月31日', 'dateRange.full'], // 022
  ['本报告所列数据的统计期限自2017年1月1日起至12月31日止。', 'dateRange', '2017-01-01/2017-12-31', undefined, undefined, '自2017年1月1日起至12月31日止', 'dateRange.endYearInherited'],
  ['数据统计期限为2010年1月1日至12月31日止', 'dateRange', '2010-01-01/2010-12-31', undefined, undefined, '2010年1月1日至12月31日止', 'dateRange.endYearInherited'], // 054
  ['统计期限为 2025\n年 1 月 1 日至 12 月 31 日。', 'dateRange', '2025-01-01/2025-12-31', undefined, undefined, '2025\n年 1 月 1 日至 12 月 31 日', 'dateRange.endYearInherited'], // 034
  ['二○一三年一月二十日', 'date', '2013-01-20', undefined, undefined, '二○一三年一月二十日', 'date.full'], // 042 signature
  ['统计时限为2023.1.1-2023.12.31', 'dateRange', '2023-01-01/2023-12-31', undefined, undefined, '2023.1.1-2023.12.31', 'dateRange.numeric'],
  ['截至12月,我局网站', 'date', '--12', undefined, undefined, '截至12月', 'date.asOf'], // seed 篇7
  ['截止20101231日', 'date', '2010-12-31', undefined, undefined, '截止20101231日', 'date.asOfCompact'], // 055
  // zeros stated in words
  ['2015年全区未收到有关政府信息公开申请。', 'count', 0, '件', undefined, '未收到有关政府信息公开申请', 'negation.notReceived'], // 009
  ['2010年度我镇没有接到群众主动要求公开政府信息的申请', 'count', 0, '件', undefined, '没有接到群众主动要求公开政府信息的申请', 'negation.none'], // 054
  ['2023年度无政府信息公开申请。', 'count', 0, '件', undefined, '无政府信息公开申请', 'negation.noneThisYear'],
  ['依申请提供政府信息暂不收费。', 'money', 0, '元', undefined, '暂不收费', 'negation.noFee'], // 009
  ['2022年，无收取信息处理费情况。', 'money', 0, '元', undefined, '无收取信息处理费', 'negation.noFee'], // 022
  ['2025 年度本机关未收取信息公开处理费。', 'money', 0, '元', undefined, '未收取信息公开处理费', 'negation.noFee'], // 034
  // a list of fees ending in 等费用 (its 、 does not end the phrase)
  ['依申请公开政府信息未收取检索、复制、邮寄等费用。', 'money', 0, '元', undefined, '未收取检索、复制、邮寄等费用', 'negation.noFee'],
  ['政府信息公开未发生收费情况', 'money', 0, '元', undefined, '未发生收费', 'negation.noFee'], // 031
  ['依申请公开一律免收信息处理费', 'money', 0, '元', undefined, '免收信息处理费', 'negation.feeWaived'],
  ['三、政府信息依申请公开情况(无)', 'count', 0, '件', undefined, '政府信息依申请公开情况(无)', 'negation.noneAfterHeading'], // seed 篇1
  ['我局没有不予公开政府信息备案事项。', 'count', 0, '件', undefined, '没有不予公开政府信息备案事项', 'negation.noMatters'], // seed 篇9
];

describe('rules on the sentences they were written for', () => {
  it.each(CORPUS)('%s → %s %s', (sentence, kind, value, unit, approx, quote, rule) => {
    const f = oneFact(sentence);
    expect(f).toMatchObject({ kind, value, quote, rule });
    expect(f.unit).toBe(unit);
    expect(f.approx).toBe(approx);
    expect(sentence.slice(f.span.start, f.span.end)).toBe(quote);
  });
});

describe('a number at a line end is not glued to the next line\'s words unless its measure word ends the phrase there', () => {
  it.each([
    ['共出台10\n多项措施。', 'constructed: 多项措施 — 项 does not end the phrase'],
    ['截至2016年10\n多部门联合开展', 'constructed: 多 opens the next line, no measure word'],
    ['共服务群众10多万\n人民群众满意', 'constructed: 人 does not end the phrase (人民)'],
  ])('%s: no count (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.kind === 'count')).toEqual([]);
  });
});

describe('a sentence denying several things gives one zero each, with the same quote', () => {
  it('未收到有关政府信息公开行政复议、提起行政诉讼的申请 → 行政复议 0 件 and 行政诉讼 0 件 (009)', () => {
    const facts = factsOf('2015年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。');
    expect(facts.map((f) => [f.subject, f.value, f.unit, f.zeroBy])).toEqual([
      ['行政复议', 0, '件', 'negation'], ['行政诉讼', 0, '件', 'negation'],
    ]);
    expect(new Set(facts.map((f) => f.quote))).toEqual(new Set(['未收到有关政府信息公开行政复议、提起行政诉讼的申请']));
  });
  it('未发生…行政复议案、行政诉讼案和有关的申诉案 → three zeros (054)', () => {
    const facts = factsOf('我镇2010年度,未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。');
    expect(facts.map((f) => f.subject)).toEqual(['行政复议', '行政诉讼', '申诉']);
    expect(facts[0].quote).toBe('未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案');
  });
  it('五、复议、诉讼和申诉情况(无) → three zeros (seed 篇1)', () => {
    expect(factsOf('五、复议、诉讼和申诉情况(无)').map((f) => [f.subject, f.quote])).toEqual([
      ['行政复议', '复议、诉讼和申诉情况(无)'], ['行政诉讼', '复议、诉讼和申诉情况(无)'], ['申诉', '复议、诉讼和申诉情况(无)'],
    ]);
  });
  it('无因政府信息公开申请行政复议、提起行政诉讼情况 → two zeros', () => {
    expect(factsOf('本机关无因政府信息公开申请行政复议、提起行政诉讼情况。').map((f) => [f.subject, f.quote])).toEqual([
      ['行政复议', '无因政府信息公开申请行政复议、提起行政诉讼'], ['行政诉讼', '无因政府信息公开申请行政复议、提起行政诉讼'],
    ]);
  });
  it('提出复议、诉讼和申诉的情况:没有 → three zeros (seed 篇4)', () => {
    expect(factsOf('提出复议、诉讼和申诉的情况:没有。').map((f) => f.subject)).toEqual(['行政复议', '行政诉讼', '申诉']);
  });
});

describe('subjects: what is counted', () => {
  it.each([
    ['城管执法局2011年度共接受市民咨询475次,其中咨询电话接听354次,当面咨询接待12次,网上咨询109次', ['市民咨询', '咨询电话接听', '当面咨询接待', '网上咨询']], // seed 篇1
    ['各乡镇主动公开政府信息674条，占23%', ['主动公开政府信息', '主动公开政府信息']], // 009: a share takes its figure's subject
    ['不予公开 20 件（1.68%）', ['不予公开', '不予公开']], // 034
    ['对全区现存的33个政务新媒体', ['政务新媒体']], // 022
    ['共发布了25期安全生产信息简报', ['安全生产信息简报']], // 009
    ['发布政策文件20件', ['政策文件']], // 022
    ['发布征地告知书202宗', ['征地告知书']], // 009
    ['区管委会及区直各部门主动公开政府信息2275条', ['主动公开政府信息']], // 009
  ] as Array<[string, Array<string | undefined>]>)('%s', (sentence, subjects) => {
    expect(factsOf(sentence).map((f) => f.subject)).toEqual(subjects);
  });
});
