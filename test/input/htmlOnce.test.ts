import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode, Document, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { CHROME_MAX_SHARE, findArticleBody, isChrome, visibleLength } from '../../src/input/htmlBody.js';
import { capNesting, parseHtml, VOID_ELEMENTS } from '../../src/input/htmlParse.js';
import { readSourceTable, type SourceTable } from '../../src/input/htmlTables.js';
import { isElement, isInvisible, READ_ATTRIBUTES, styleMayHide } from '../../src/input/htmlWalk.js';
import { FIXTURES, htmlPages } from '../helpers/htmlPages.js';

/**
 * The HTML reading path's shortcuts give what the long way gives: the article found in one walk (chrome decided
 * after the page's count is known) against the walk that counts the page first and each chrome box again; the
 * nesting cap's short names held as numbers against names held as strings; the tree parsed after unread attributes
 * are cut against the tree of the whole page. On every fixture HTML page (the held-out folder is never read) and on
 * pages made to take the rare branches.
 */
const PAGES = htmlPages();

// ---- the long way to the article: count the page, then each chrome box's characters as it is met ----

function visibleWithin(root: AnyNode, limit: number): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && n <= limit) {
    const node = stack.pop()!;
    if (node.type === 'text') n += visibleLength(node.data);
    else if (node.type === 'root' || (isElement(node) && !isInvisible(node))) stack.push(...[...(node as Element).children].reverse());
  }
  return n;
}

function articleTheLongWay(doc: Document): { body: AnyNode; tables: Set<Element>; metadata: Set<Element> } {
  const tables = new Map<Element, SourceTable>();
  const metadata = new Set<Element>();
  const chromeLimit = CHROME_MAX_SHARE * visibleWithin(doc, Infinity);
  const words = new Map<string, boolean>();
  let best: AnyNode = doc;
  let bestScore = 0;
  const score = (node: AnyNode, against: boolean): number => {
    let sum = 0;
    for (const child of (node as Element).children) {
      if (child.type === 'text') sum += (against ? -1 : 1) * visibleLength(child.data);
      if (!isElement(child) || isInvisible(child)) continue;
      let childAgainst = against || child.name === 'a' || (isChrome(child, words) && visibleWithin(child, chromeLimit) <= chromeLimit);
      if (child.name === 'table') {
        const source = readSourceTable(child);
        tables.set(child, source);
        if (source.kind === 'metadata') {
          metadata.add(child);
          childAgainst = true;
        }
      }
      sum += score(child, childAgainst);
    }
    if (sum > bestScore) {
      best = node;
      bestScore = sum;
    }
    return sum;
  };
  score(doc, false);
  for (let up: AnyNode | null = best; up; up = up.parent) {
    if (isElement(up) && up.name === 'table') {
      if (tables.get(up)?.kind === 'data') best = up;
      break;
    }
  }
  return { body: best, tables: new Set(tables.keys()), metadata };
}

const PROSE = '2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核发布各类公开政府信息249条，其中：发布行政公文和政策解读信息9条。';
const META = '<table><tr><td>索引号：</td><td>014314799/2024-00002</td></tr><tr><td>发布机构：</td><td>沭阳县发改局</td></tr></table>';
// chrome boxes holding most of the page (the article under an unlucky class), nested, beside a metadata table
const MADE_PAGES = [
  `<div class="crumb">当前位置：首页 > 信息公开</div><div class="bottom-con"><p>${PROSE}</p></div>`,
  `<div class="footer"><div class="side"><p>${PROSE}</p><div class="share">分享到：微信 微博</div></div></div>`,
  `<nav>${PROSE.slice(0, 20)}</nav><div id="foot">${META}<p>${PROSE}</p><div class="foot">${PROSE.slice(0, 10)}</div></div>`,
  `<div class="nav">${PROSE}</div><div class="con">${PROSE}</div>`,
  `<footer><a href="#">${PROSE}</a></footer><p>${PROSE.slice(0, 30)}</p>`,
];

describe('the article found in one walk', () => {
  it.each([...PAGES.map((p) => [p.path.slice(FIXTURES.length + 1), p.html]), ...MADE_PAGES.map((html, i) => [`made page ${i}`, html])])(
    '%s: same body, tables and metadata tables as the long way',
    (_name, html) => {
      const doc = parseHtml(capNesting(html, 500).html);
      const found = findArticleBody(doc);
      const long = articleTheLongWay(doc);
      expect(found.body).toBe(long.body);
      expect(new Set(found.tables.keys())).toEqual(long.tables);
      expect(found.metadataTables).toEqual(long.metadata);
    },
  );

  it('reads the fixture pages (not an empty list)', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });
});

// ---- the long way to cap nesting: every tag name as a lower-case string ----

const OPTIONAL_END = ['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'colgroup'];
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'];

function capTheLongWay(html: string, maxDepth: number): { html: string; dropped: number } {
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  let dropped = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    const nameStart = lt + (closing ? 2 : 1);
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      i = lt + 1;
      continue;
    }
    const nameEnd = nameStart + /^[^>/ \n\t\r\f]+/.exec(html.slice(nameStart))![0].length;
    const lower = html.slice(nameStart, nameEnd).toLowerCase();
    const gt = html.indexOf('>', nameEnd);
    const tagEnd = gt < 0 ? html.length : gt + 1;
    i = tagEnd;
    if (RAW_TEXT.includes(lower) && !closing) {
      const rest = html.slice(tagEnd).toLowerCase().indexOf(`</${lower}`);
      i = rest < 0 ? html.length : tagEnd + rest;
      continue;
    }
    if (VOID_ELEMENTS.has(lower) || OPTIONAL_END.includes(lower) || RAW_TEXT.includes(lower)) continue;
    if (!closing) {
      if (html[tagEnd - 2] === '/') continue;
      if (stack.length >= maxDepth) {
        droppedOpen.set(lower, (droppedOpen.get(lower) ?? 0) + 1);
        cuts.push([lt, tagEnd]);
        dropped++;
      } else stack.push(lower);
      continue;
    }
    if ((droppedOpen.get(lower) ?? 0) > 0) {
      droppedOpen.set(lower, droppedOpen.get(lower)! - 1);
      cuts.push([lt, tagEnd]);
      continue;
    }
    const at = stack.lastIndexOf(lower);
    if (at >= 0) stack.length = at;
  }
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return cuts.length === 0 ? { html, dropped: 0 } : { html: out + html.slice(from), dropped };
}

// pieces of tag soup: cases, long and odd names, a name lower-casing into ASCII (the Kelvin sign), raw text, comments
const SOUP = [
  '<div>', '</div>', '<DIV class=x>', '<span>', '</span>', '</SPAN >', '<p>', '</p>', '<o:p>', '</o:p>', '<br/>', '<td>',
  '<script>', '</script>', '<!--', '-->', 'x', ' ', '<', '>', '</', '<b\u212a>', '</bk>', '<bk>', '<blockquote>', '</BLOCKQUOTE>',
  '<abcdefghij>', '</abcdefghij>', '<abcdefgh>', '</abcdefgh>', '<h1>', '</h1>', '<a\u0130>', '</ai\u0307>', '<a/>',
  '<style>a<b></style>', '<x-y>', '</x-y>', '<ab_c>', '</ab_c>', '<éa>', '</éa>', '<font\tsize=2>', '</font>',
];

/** A repeatable random integer below k (a linear congruential generator from `seed`). */
function seededRandom(seed: number): (k: number) => number {
  return (k) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % k;
  };
}

/** One to `most` pieces picked at random and joined: a page of soup. */
function soupOf(pieces: readonly string[], most: number, random: (k: number) => number): string {
  let html = '';
  for (let n = 1 + random(most); n > 0; n--) html += pieces[random(pieces.length)];
  return html;
}

describe('the nesting cap with short names as numbers', () => {
  it.each(PAGES.map((p) => [p.path.slice(FIXTURES.length + 1), p.html]))('%s: same cut as the long way at depths 1 to 500', (_name, html) => {
    for (const depth of [1, 2, 3, 5, 10, 500]) expect(capNesting(html, depth)).toEqual(capTheLongWay(html, depth));
  });

  it('20,000 pieces of tag soup: same cut as the long way', () => {
    const random = seededRandom(1);
    let cut = 0;
    for (let t = 0; t < 20_000; t++) {
      const html = soupOf(SOUP, 60, random);
      const depth = 1 + random(6);
      const capped = capNesting(html, depth);
      expect(capped, html).toEqual(capTheLongWay(html, depth));
      if (capped.dropped > 0) cut++;
    }
    expect(cut).toBeGreaterThan(1000); // the soup does go deeper than the limit
  });
});

// ---- unread attributes cut before parsing: the same tree, less the attributes nobody reads ----

/** Every difference between the tree of the whole page (`a`) and the tree after the cut (`b`) that the reading could see. */
function differences(a: AnyNode, b: AnyNode, path = 'root', out: string[] = []): string[] {
  if (a.type !== b.type) return [...out, `${path}: ${a.type} became ${b.type}`];
  // comments, `<!…>` and `<?…>` are never read: their insides may lose attributes of tags written in them
  const unread = a.type === 'comment' || a.type === 'directive';
  if ('data' in a && !unread && (a as { data: string }).data !== (b as { data: string }).data) out.push(`${path}: text changed`);
  if (isElement(a) && isElement(b)) {
    if (a.name !== b.name) out.push(`${path}: <${a.name}> became <${b.name}>`);
    for (const [key, value] of Object.entries(b.attribs)) if (a.attribs[key] !== value) out.push(`${path} ${key}: "${a.attribs[key]}" became "${value}"`);
    for (const [key, value] of Object.entries(a.attribs)) {
      if (b.attribs[key] !== undefined) continue;
      if (READ_ATTRIBUTES.includes(key) || (key === 'style' && styleMayHide(value))) out.push(`${path}: read attribute ${key}="${value}" cut`);
    }
  }
  const ac = (a as Element).children ?? [];
  const bc = (b as Element).children ?? [];
  if (ac.length !== bc.length) return [...out, `${path}: ${ac.length} children became ${bc.length}`];
  ac.forEach((child, i) => differences(child, bc[i], `${path}/${isElement(child) ? child.name : child.type}[${i}]`, out));
  return out;
}

// tags whose attribute lists are plain, odd, or misleading (a quote holding `>` or `style="`, a second style, entities)
const ATTRIBUTE_SOUP = [
  '<td rowspan="2" width=40 style="border:solid">', '</td>', '<p style=\'display:none\'>', '</p>', '<span style="a" style="display:none">',
  '</span>', '<div class=a id=b hidden lang=zh>', '</div>', '<a href="x>y" style="q">', '</a>', "<b title='a style=\"b' c=\"d\">", '</b>',
  '<i STYLE="color:red" ROWSPAN=3 Width=9>', '</i>', '<font face=x/>', '<p a= >', '<p =a style="x">', '<p style="&#110;one">',
  '<p style="DISPLAY:NONE">', '<p style="visibility: hidden">', '<![CDATA[ <span style="x" width=1> ]]>', '<!x <span style="x">>',
  '</ <span width=1>', '<?x <span width=2>?>', '<td colspan=2 nowrap>', '<img src="a.png"/>', '<br style="x"/>', '<p a="1"b="2">',
  '<p style = "x" >', '<p\tstyle="x"\nalign=center>', '<p style=x>', '<p data-x="<i>">', '<script a=1>"<p style="x">"</script>',
  '<span lang=EN-US style=\'font-size:12.0pt;mso-bidi-font-family:宋体\'>', '<script>', '</scriptx>', '<p b="</script " c=1>',
  '<![CDATA[<span ]]>', '<![CDATA[<span a=]]>', '<p a="x]">', '<style>p{}</style/>', '<title>', '</title>', '<xmp>a', '</xmpx>', '</xmp>', '<o:p style="x">', '</o:p>', 'text ', '&nbsp;', '<', '>', '"',
];

describe('unread attributes cut before parsing', () => {
  it.each(PAGES.map((p) => [p.path.slice(FIXTURES.length + 1), p.html]))('%s: the same tree, less attributes nothing reads', (_name, html) => {
    const whole = parseHtml(capNesting(html, 500).html);
    const cut = capNesting(html, 500, { cutUnread: true }).html;
    expect(differences(whole, parseHtml(cut))).toEqual([]);
  });

  it('20,000 pieces of attribute soup: the same tree, less attributes nothing reads', () => {
    const random = seededRandom(7);
    let cut = 0;
    for (let t = 0; t < 20_000; t++) {
      const html = soupOf(ATTRIBUTE_SOUP, 30, random);
      const whole = capNesting(html, 500).html;
      const less = capNesting(html, 500, { cutUnread: true }).html;
      if (less !== whole) cut++;
      expect(differences(parseHtml(whole), parseHtml(less)), html).toEqual([]);
    }
    expect(cut).toBeGreaterThan(10_000); // most soups do lose attributes
  });

  it('the Word report page 031 loses most of its start tags (its styles) and keeps its class, span and hiding attributes', () => {
    const html = PAGES.find((p) => p.path.endsWith('031-b-shuyang-fgj-2023.html'))!.html;
    const cut = capNesting(html, 500, { cutUnread: true }).html;
    expect(cut.length).toBeLessThan(html.length * 0.45);
    expect(cut).toContain('colspan="3"');
  });

  it('every attribute the reading looks at (attribs.X, spanAttr(el, X) anywhere in src) is kept', () => {
    const dir = join(import.meta.dirname, '../../src');
    const read = new Set<string>();
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('htmlAttributes.ts'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      for (const m of source.matchAll(/attribs\.(\w+)|spanAttr\(\w+, '(\w+)'\)/g)) read.add(m[1] ?? m[2]);
      // any other way of reading an attribute would escape this list
      expect(source.replace(/el\.attribs\[name\]/g, '')).not.toMatch(/attribs\[/);
    }
    expect([...read].sort()).toEqual([...READ_ATTRIBUTES, 'style'].sort());
  });
});
