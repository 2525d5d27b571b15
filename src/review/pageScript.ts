// The review page's inline script (was client.ts), as a string (it runs in the browser, not in Node). Plain ES2017,
// no template literals, no innerHTML: everything from the report is set with textContent. Events are delegated from
// `document`.

/** The review page's behaviour: two-way links, keyboard (j/k, /, [ ]), search, report and panel tabs. */
export const REVIEW_JS = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('nb-data').textContent);
var reps = Array.prototype.slice.call(document.querySelectorAll('.rep'));
var tabs = Array.prototype.slice.call(document.querySelectorAll('[data-rep]'));
var q = document.getElementById('nb-q');
var hitsOut = document.getElementById('nb-hits');
var HAS_HL = typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
var state = { rep: 0, fact: reps.map(function () { return -1; }), hits: [], hit: -1, index: [] };
var FRAG = ['data-f', 'data-h', 'data-c', 'data-w', 'data-t', 'data-i'];
if (!reps.length) { document.documentElement.setAttribute('data-ready', '1'); return; }

function rep() { return reps[state.rep]; }
function $all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
function esc(v) { return window.CSS && CSS.escape ? CSS.escape(String(v)) : String(v).replace(/[^\w.-]/g, ''); }

function showReport(i) {
  if (i < 0 || i >= reps.length) return;
  state.rep = i;
  reps.forEach(function (r, j) { r.hidden = j !== i; });
  tabs.forEach(function (t, j) { t.setAttribute('aria-selected', String(j === i)); });
  runSearch();
}

function showPane(name) {
  $all(rep(), '[data-tab]').forEach(function (b) { b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name)); });
  $all(rep(), '[data-pane]').forEach(function (p) { p.hidden = p.getAttribute('data-pane') !== name; });
}

function clearMarks(root, cls) { $all(root, '.' + cls).forEach(function (el) { el.classList.remove(cls); }); }

// All fragments of the mark whose first fragment is el (a range crossing another is split in several spans).
function fragments(el) {
  for (var i = 0; i < FRAG.length; i++) {
    var v = el.getAttribute(FRAG[i]);
    if (v !== null) return $all(el.closest('.text'), '[' + FRAG[i] + '="' + esc(v) + '"]');
  }
  return [el];
}

function markInText(id) {
  var el = document.getElementById(id);
  if (!el || !rep().contains(el)) return null;
  clearMarks(rep().querySelector('.text'), 'cur');
  fragments(el).forEach(function (f) { f.classList.add('cur'); });
  el.scrollIntoView({ block: 'center' });
  return el;
}

function selectRow(row) {
  if (!row) return;
  var pane = row.closest('[data-pane]');
  if (pane) showPane(pane.getAttribute('data-pane'));
  clearMarks(rep().querySelector('.panel'), 'sel');
  row.classList.add('sel');
  row.scrollIntoView({ block: 'nearest' });
  // Rows off screen are not laid out (content-visibility) and take their real height only once shown: aim again.
  requestAnimationFrame(function () { row.scrollIntoView({ block: 'nearest' }); });
}

function field(dl, name, value) {
  if (value === undefined || value === null || value === '') return;
  var dt = document.createElement('dt'); dt.textContent = name;
  var dd = document.createElement('dd');
  if (value instanceof Node) dd.appendChild(value); else dd.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  dl.appendChild(dt); dl.appendChild(dd);
}

function showDetail(i) {
  var box = rep().querySelector('.detail');
  var f = data.reports[state.rep].facts[i];
  box.textContent = '';
  if (!f) return;
  var dl = document.createElement('dl');
  field(dl, 'kind', f.kind + (f.zeroBy ? ' · zeroBy ' + f.zeroBy : '') + (f.approx ? ' · ' + f.approx : ''));
  field(dl, 'value', f.value);
  field(dl, 'unit', f.unit);
  field(dl, 'subject', f.subject);
  field(dl, 'quote', f.quote);
  field(dl, 'span', f.span.start + '–' + f.span.end);
  field(dl, 'section', (f.sectionPath || []).join(' › '));
  field(dl, 'rule', f.rule);
  if (f.cell) field(dl, 'cell', 'table ' + f.cell.table + ' row ' + f.cell.row + ' col ' + f.cell.col);
  var link = document.createElement('a');
  link.href = '#r' + state.rep + '-f' + i;
  link.textContent = link.href.slice(link.href.indexOf('#'));
  field(dl, 'link', link);
  var used = document.createElement('span');
  data.reports[state.rep].inds.forEach(function (ind, j) {
    if (ind.facts.indexOf(i) < 0) return;
    var a = document.createElement('a');
    a.textContent = ind.label;
    a.title = ind.key;
    a.setAttribute('data-ind-row', String(j));
    used.appendChild(a);
  });
  if (used.childNodes.length) field(dl, 'indicators', used);
  box.appendChild(dl);
}

function selectFact(i, scrollText) {
  var r = state.rep;
  if (i < 0 || i >= data.reports[r].facts.length) return;
  state.fact[r] = i;
  if (scrollText) markInText('r' + r + '-f' + i);
  selectRow(document.getElementById('r' + r + '-F' + i));
  showDetail(i);
}

function visibleFact(i) {
  var row = document.getElementById('r' + state.rep + '-F' + i);
  return !row || !row.classList.contains('nomatch');
}

function stepFact(dir) {
  var n = data.reports[state.rep].facts.length;
  for (var i = state.fact[state.rep] + dir; i >= 0 && i < n; i += dir) {
    if (visibleFact(i)) return selectFact(i, true);
  }
}

// ---- search: filters the panel rows and marks every hit in the text (CSS highlights, else the selection)
function textIndex() {
  var r = state.rep;
  if (state.index[r]) return state.index[r];
  var root = rep().querySelector('.text');
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  var nodes = [], starts = [], parts = [], pos = 0, node;
  while ((node = walker.nextNode())) { nodes.push(node); starts.push(pos); parts.push(node.data); pos += node.data.length; }
  state.index[r] = { nodes: nodes, starts: starts, text: parts.join('').toLowerCase() };
  return state.index[r];
}

function locate(ix, offset) {
  var lo = 0, hi = ix.starts.length - 1;
  while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (ix.starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return { node: ix.nodes[lo], offset: offset - ix.starts[lo] };
}

function rangeAt(ix, start, end) {
  var a = locate(ix, start), b = locate(ix, end - 1);
  var range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range;
}

function runSearch() {
  var needle = (q.value || '').trim().toLowerCase();
  $all(rep(), '.rows tbody tr').forEach(function (tr) {
    tr.classList.toggle('nomatch', !!needle && tr.textContent.toLowerCase().indexOf(needle) < 0);
  });
  state.hits = []; state.hit = -1;
  if (needle) {
    var ix = textIndex();
    for (var at = ix.text.indexOf(needle); at >= 0 && state.hits.length < 5000; at = ix.text.indexOf(needle, at + needle.length)) {
      state.hits.push(rangeAt(ix, at, at + needle.length));
    }
  }
  if (HAS_HL) {
    var all = new Highlight();
    state.hits.forEach(function (h) { all.add(h); });
    CSS.highlights.set('nb-hit', all);
    CSS.highlights.set('nb-cur', new Highlight());
  }
  hitsOut.textContent = needle ? state.hits.length + ' 处' : '';
}

function stepHit(dir) {
  var n = state.hits.length;
  if (!n) return;
  state.hit = (state.hit + dir + n) % n;
  var range = state.hits[state.hit];
  if (HAS_HL) CSS.highlights.set('nb-cur', new Highlight(range));
  else { var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); }
  var el = range.startContainer.parentElement;
  if (el) el.scrollIntoView({ block: 'center' });
  hitsOut.textContent = (state.hit + 1) + ' / ' + n + ' 处';
}

// ---- events
document.addEventListener('click', function (ev) {
  var t = ev.target;
  if (!(t instanceof Element)) return;
  var tab = t.closest('[data-rep]');
  if (tab) return showReport(Number(tab.getAttribute('data-rep')));
  var ptab = t.closest('[data-tab]');
  if (ptab) return showPane(ptab.getAttribute('data-tab'));
  var indLink = t.closest('[data-ind-row]');
  if (indLink) {
    var row = document.getElementById('r' + state.rep + '-I' + indLink.getAttribute('data-ind-row'));
    if (row && row.getAttribute('data-go')) markInText(row.getAttribute('data-go'));
    return selectRow(row);
  }
  if (t.closest('.text')) {
    var hl = t.closest('.hl');
    if (hl) { markInText(hl.id || fragments(hl)[0].id); return selectFact(Number(hl.getAttribute('data-f')), false); }
    var w = t.closest('.wn');
    if (w) { markInText(fragments(w)[0].id); return selectRow(document.getElementById('r' + state.rep + '-W' + w.getAttribute('data-w'))); }
    var c = t.closest('.cs');
    if (c) {
      markInText(fragments(c)[0].id);
      var td = rep().querySelector('td[data-cell="' + esc(c.getAttribute('data-c')) + '"]');
      showPane('tables'); clearMarks(rep().querySelector('.panel'), 'sel');
      if (td) { td.classList.add('sel'); td.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
    }
    return;
  }
  var go = t.closest('[data-go]');
  if (!go) return;
  ev.preventDefault();
  var target = go.getAttribute('data-go');
  var el = markInText(target);
  if (go.tagName === 'TD') {
    clearMarks(rep().querySelector('.panel'), 'sel'); go.classList.add('sel');
    if (el && el.classList.contains('hl')) { state.fact[state.rep] = Number(el.getAttribute('data-f')); showDetail(state.fact[state.rep]); }
    return;
  }
  if (go.hasAttribute('data-f')) return selectFact(Number(go.getAttribute('data-f')), false);
  if (go.tagName === 'TR' || go.tagName === 'LI') selectRow(go);
});

document.addEventListener('keydown', function (ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  var t = ev.target;
  if (t === q) {
    if (ev.key === 'Enter') { ev.preventDefault(); stepHit(ev.shiftKey ? -1 : 1); }
    else if (ev.key === 'Escape') { q.value = ''; runSearch(); q.blur(); }
    return;
  }
  if (t instanceof Element && t.closest('input, textarea, select')) return;
  if (ev.key === 'Enter' && t instanceof Element && t.matches('td[data-go]')) { t.click(); return; }
  var k = ev.key;
  if (k === 'j' || k === 'n') stepFact(1);
  else if (k === 'k' || k === 'p') stepFact(-1);
  else if (k === '/') { ev.preventDefault(); q.focus(); q.select(); }
  else if (k === ']') showReport(state.rep + 1);
  else if (k === '[') showReport(state.rep - 1);
  else return;
  ev.preventDefault();
});

var timer = 0;
q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(runSearch, 150); });

reps.forEach(function (r, i) { state.rep = i; showPane('facts'); });
showReport(0);
// A link such as review.html#r2-f14 opens on that figure.
function openHash() {
  var el = null;
  try { el = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null; } catch (err) { el = null; }
  var elRep = el ? el.closest('.rep') : null;
  if (!elRep) return;
  showReport(reps.indexOf(elRep));
  if (el.hasAttribute('data-f') && el.closest('.text')) selectFact(Number(el.getAttribute('data-f')), true); else markInText(el.id);
}
window.addEventListener('hashchange', openHash);
openHash();
document.documentElement.setAttribute('data-ready', '1');
})();
`;
