import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/input/html.js';

const PROSE_1 =
  '2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核发布各类公开政府信息249条，其中：发布行政公文和政策解读信息9条；机构设置和人事任免信息7条。';
const PROSE_2 = '2023年度我局共收到依申请信息公开26件，及时回复申请人，并将申请人所申请的信息通过电子邮箱发送给申请人。';

const NAV = `<div class="mainNav"><ul>${['首页', '走进沭阳', '办事服务', '政民互动', '政府信息公开', '数据开放', '智能问答', '无障碍']
  .map((t) => `<li><a href="/x">${t}</a></li>`)
  .join('')}</ul></div>`;
const FOOTER =
  '<div id="footer"><p>主办单位：沭阳县人民政府办公室 承办单位：沭阳县大数据管理中心 地址：沭阳县沭城街道苏州东路 联系电话：0527-83593059 苏ICP备05000000号</p></div>';

describe('finding the article on a saved page', () => {
  it('drops navigation (link lists) and a footer of plain text by its class, keeps the article', () => {
    const { text } = htmlToDocument(`<body>${NAV}<div class="wrap"><div class="con"><p>${PROSE_1}</p><p>${PROSE_2}</p></div></div>${FOOTER}</body>`);
    expect(text).toBe(`${PROSE_1}\n${PROSE_2}`);
  });

  it('keeps a link inside the article (a paragraph naming the site) when the article outweighs it', () => {
    const linked = '年度报告通过沭阳县人民政府网站（<a href="http://www.shuyang.gov.cn/">http://www.shuyang.gov.cn/</a>）公布。';
    const { text } = htmlToDocument(`${NAV}<div class="detail"><p>${PROSE_1}</p><p>${linked}</p><p>${PROSE_2}</p></div>`);
    expect(text).toBe(`${PROSE_1}\n年度报告通过沭阳县人民政府网站（http://www.shuyang.gov.cn/）公布。\n${PROSE_2}`);
  });

  it('puts the report title standing before the article box (div.title, h1) on the first line', () => {
    const page = `${NAV}<div class="main"><div class="title">沭阳县发展和改革局2023年政府信息公开年度报告</div>` +
      `<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a><a href="#">人民微博</a></div>` +
      `<div class="print"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a><a href="#">【收藏】</a></div>` +
      `<div id="zoom"><p>${PROSE_1}</p></div></div>${FOOTER}`;
    expect(htmlToDocument(page).text).toBe(`沭阳县发展和改革局2023年政府信息公开年度报告\n${PROSE_1}`);
  });

  it('does not take a site name heading (no 报告 in it) as the title', () => {
    const page = `<h2 class="siteTit">沭阳县发改局</h2>${NAV}<div class="a"><div class="b"><p>${PROSE_1}</p></div><div class="share"><a href="#">微信</a><a href="#">微博</a></div></div>`;
    expect(htmlToDocument(page).text).toBe(PROSE_1);
  });

  it('keeps both reports of a page that holds two, side by side', () => {
    const report = (year: number, body: string) =>
      `<div class="report"><h2>平潭综合实验区${year}年度政府信息公开工作年度报告</h2><p>${body}</p></div>`;
    const { text } = htmlToDocument(`${NAV}<div class="list">${report(2022, PROSE_1)}${report(2023, PROSE_2)}</div>${FOOTER}`);
    expect(text).toBe(
      `平潭综合实验区2022年度政府信息公开工作年度报告\n${PROSE_1}\n平潭综合实验区2023年度政府信息公开工作年度报告\n${PROSE_2}`,
    );
  });

  it('reads a bare fragment (no chrome at all) whole', () => {
    expect(htmlToDocument(`<p>一、总体情况</p><p>${PROSE_2}</p>`).text).toBe(`一、总体情况\n${PROSE_2}`);
  });
});

describe('a chrome-sounding class on the article itself', () => {
  it('keeps an article whose wrapper is called "bottom-con" (it holds most of the page, so it is not chrome)', () => {
    const page = `<div class="crumb">当前位置：首页 > 信息公开 > 年报</div><div class="bottom-con"><p>${PROSE_1}</p><p>${PROSE_2}</p></div>`;
    expect(htmlToDocument(page).text).toBe(`${PROSE_1}\n${PROSE_2}`);
  });
});
