// Renders the timeline from the JSON in #timeline-data. Row text only ever
// reaches the page through textContent and attribute setters, never through
// innerHTML, so a document cannot inject markup into its own timeline.
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');

  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var events = data.events;
  var list = document.getElementById('timeline');
  var details = document.getElementById('details');
  var overview = document.getElementById('overview');
  var search = document.getElementById('search');
  var count = document.getElementById('count');
  var toolbar = document.getElementById('toolbar');

  var byId = {};
  var selected = null;

  // el creates an element with a class and optional text.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // fold lowercases and strips accents so that "zelensky" finds "Zelenskýj".
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // withMark appends text to parent with the first occurrence of needle
  // wrapped in <mark>.
  function withMark(parent, text, needle) {
    var i = needle ? text.indexOf(needle) : -1;
    if (i < 0) {
      parent.appendChild(document.createTextNode(text));
      return parent;
    }
    parent.appendChild(document.createTextNode(text.slice(0, i)));
    parent.appendChild(el('mark', null, needle));
    parent.appendChild(document.createTextNode(text.slice(i + needle.length)));
    return parent;
  }

  // withTerms writes text into parent with every search term marked.
  function withTerms(parent, text, terms) {
    parent.textContent = '';
    var low = text.toLowerCase();
    if (!terms.length || low.length !== text.length) {
      parent.textContent = text;
      return;
    }
    var pos = 0;
    while (pos < text.length) {
      var best = -1, len = 0;
      terms.forEach(function (t) {
        var j = low.indexOf(t, pos);
        if (j >= 0 && (best < 0 || j < best)) { best = j; len = t.length; }
      });
      if (best < 0) break;
      parent.appendChild(document.createTextNode(text.slice(pos, best)));
      parent.appendChild(el('mark', null, text.slice(best, best + len)));
      pos = best + len;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function link(text, url) {
    if (!url) return el('span', null, text);
    var a = el('a', null, text);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  // ---- The list: year and month headings, then one card per event. ----

  var headings = []; // {node, events: []}

  function heading(cls, tag, text, testid) {
    var h = el('div', cls);
    h.setAttribute('data-testid', testid);
    h.appendChild(el(tag, null, text));
    list.appendChild(h);
    var rec = { node: h, events: [] };
    headings.push(rec);
    return rec;
  }

  function card(ev) {
    var a = el('article', 'event ' + (ev.point || !ev.start ? 'is-point' : 'is-span') + ' g-' + ev.granularity);
    a.setAttribute('data-testid', 'event');
    a.setAttribute('data-id', ev.id);
    a.setAttribute('data-start', ev.start);
    a.setAttribute('data-end', ev.end);
    a.setAttribute('data-granularity', ev.granularity);
    a.id = ev.id;
    a.tabIndex = 0;
    a.setAttribute('role', 'button');
    a.setAttribute('aria-pressed', 'false');
    if (!ev.start) a.classList.add('undated');
    if (ev.conflict) a.classList.add('has-conflict');
    if (ev.qualifier) a.classList.add('unreal');

    var when = el('div', 'when');
    var t = el('time', null, ev.label);
    t.setAttribute('data-testid', 'event-date');
    if (ev.start) t.setAttribute('datetime', ev.start);
    when.appendChild(t);
    when.appendChild(el('span', 'gran', ev.granularity || 'undated'));
    a.appendChild(when);

    var rail = el('div', 'rail');
    rail.appendChild(el('span', 'marker'));
    a.appendChild(rail);

    var c = el('div', 'card');
    var h = el('h4', 'phrase', ev.event);
    h.setAttribute('data-testid', 'event-phrase');
    c.appendChild(h);
    if (ev.evidence) c.appendChild(withMark(el('p', 'preview'), ev.evidence, ev.expression));
    var meta = el('p', 'meta');
    meta.appendChild(el('span', 'doc', ev.document));
    if (ev.qualifier) {
      var qb = el('span', 'badge qualifier', ev.qualifier);
      qb.setAttribute('data-testid', 'event-qualifier');
      meta.appendChild(qb);
    }
    if (ev.sources && ev.sources.length > 1) meta.appendChild(el('span', 'badge sources', plural(ev.sources.length, 'source')));
    if (ev.conflict) meta.appendChild(el('span', 'badge warn', 'dates differ'));
    c.appendChild(meta);
    a.appendChild(c);

    a.addEventListener('click', function () { select(ev.id, false); });
    a.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(ev.id, false); }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); step(ev.id, e.key === 'ArrowDown' ? 1 : -1); }
    });
    return a;
  }

  var year = null, month = null, yh = null, mh = null;
  events.forEach(function (ev) {
    if (ev.year !== year) {
      year = ev.year; month = null; mh = null;
      yh = heading('year-heading', 'h2', ev.year, 'year');
    }
    if (ev.month && ev.month !== month) {
      month = ev.month;
      mh = heading('month-heading', 'h3', ev.month, 'month');
    } else if (!ev.month) {
      // A span coarser than a month closes the month: the next event
      // repeats its month heading below it.
      month = null; mh = null;
    }
    ev.node = card(ev);
    ev.hay = fold([ev.label, ev.event, ev.evidence, ev.expression, ev.document, ev.date, ev.qualifier,
      ev.actors.join(' '), ev.places.join(' '), ev.participants.map(function (p) { return p.name + ' ' + p.role; }).join(' '),
      (ev.sources || []).map(function (s) { return s.document + ' ' + s.evidence; }).join(' ')].join(' \u0001 '));
    yh.events.push(ev);
    if (mh) mh.events.push(ev);
    byId[ev.id] = ev;
    list.appendChild(ev.node);
  });
  var empty = el('p', 'empty');
  empty.hidden = true;
  empty.setAttribute('data-testid', 'no-match');
  list.appendChild(empty);
  if (!events.length) {
    empty.hidden = false;
    empty.textContent = 'This timeline has no events.';
  }

  // ---- The overview: every dated event on one scaled horizontal axis. ----

  var dated = events.filter(function (ev) { return ev.start; });

  // focusRange is the span the overview shows: all events, unless a few
  // coarse ones (a decade, a year) would squeeze the rest into a corner; then
  // the span of the events a month long or shorter, and the others are cut
  // at the edges.
  function focusRange() {
    var all = { lo: Infinity, hi: -Infinity }, core = { lo: Infinity, hi: -Infinity };
    dated.forEach(function (ev) {
      all.lo = Math.min(all.lo, ev.t0); all.hi = Math.max(all.hi, ev.t1);
      if (ev.t1 - ev.t0 <= 32 * 864e5) { core.lo = Math.min(core.lo, ev.t0); core.hi = Math.max(core.hi, ev.t1); }
    });
    if (core.lo === Infinity) return all;
    if (all.hi - all.lo <= 3 * Math.max(core.hi - core.lo, 7 * 864e5)) return all;
    return core;
  }

  function drawOverview() {
    overview.textContent = '';
    if (!dated.length) { overview.hidden = true; return; }
    var r = focusRange(), lo = r.lo, hi = r.hi;
    if (hi - lo < 864e5) { hi = lo + 864e5; }
    var pad = (hi - lo) * 0.02;
    lo -= pad; hi += pad;
    var pct = function (t) { return (t - lo) / (hi - lo) * 100; };
    var before = 0, after = 0;

    // Lanes keep bars and dots from hiding each other.
    var lanes = [], maxLanes = 5, gap = 0.6, dot = 1.0, stub = 1.2;
    var track = el('div', 'ov-track');
    dated.forEach(function (ev) {
      var x0 = pct(ev.t0), x1 = ev.point ? x0 : pct(ev.t1);
      var cutL = x0 < 0, cutR = x1 > 100;
      if (x1 <= 0) { before++; x0 = 0; x1 = stub; }
      else if (x0 >= 100) { after++; x0 = 100 - stub; x1 = 100; }
      else { x0 = Math.max(x0, 0); x1 = Math.min(x1, 100); }
      var from = ev.point ? x0 - dot / 2 : x0, to = ev.point ? x0 + dot / 2 : Math.max(x1, x0 + 0.5);
      var lane = -1;
      for (var i = 0; i < lanes.length; i++) { if (lanes[i] + gap <= from) { lane = i; break; } }
      if (lane < 0 && lanes.length < maxLanes) { lanes.push(-Infinity); lane = lanes.length - 1; }
      if (lane < 0) { lane = 0; for (var k = 1; k < lanes.length; k++) if (lanes[k] < lanes[lane]) lane = k; }
      lanes[lane] = Math.max(lanes[lane], to);

      var b = el('button', 'ov-item ' + (ev.point ? 'point' : 'span'));
      b.type = 'button';
      if (ev.conflict) b.classList.add('conflict');
      if (cutL) b.classList.add('cut-l');
      if (cutR) b.classList.add('cut-r');
      b.style.left = x0 + '%';
      if (!ev.point) b.style.width = (x1 - x0) + '%';
      b.style.top = (lane * 14 + 2) + 'px';
      b.title = ev.label + ' — ' + ev.event;
      b.setAttribute('aria-label', ev.label + ': ' + ev.event);
      b.setAttribute('data-testid', 'overview-item');
      b.addEventListener('click', function () { select(ev.id, true); });
      ev.mini = b;
      track.appendChild(b);
    });
    track.style.height = (lanes.length * 14 + 4) + 'px';
    overview.appendChild(track);

    var axis = el('div', 'ov-axis');
    ticks(lo, hi).forEach(function (t) {
      var x = pct(t.at);
      if (x < 2 || x > 96) return;
      var tick = el('span', 'ov-tick', t.label);
      tick.style.left = x + '%';
      axis.appendChild(tick);
    });
    if (before) axis.appendChild(el('span', 'ov-more left', '◂ ' + before + ' earlier'));
    if (after) axis.appendChild(el('span', 'ov-more right', after + ' later ▸'));
    overview.appendChild(axis);
  }

  // ticks picks round dates (years, months or days) that give 4 to 12 marks.
  function ticks(lo, hi) {
    var out = [], days = (hi - lo) / 864e5;
    var d = new Date(lo);
    var fmt = function (opts) { return new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: 'UTC' }, opts)); };
    if (days > 365 * 4) {
      var years = days / 365, step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find(function (s) { return years / s <= 10; }) || 1000;
      for (var y = Math.ceil(d.getUTCFullYear() / step) * step; ; y += step) {
        var at = Date.UTC(y, 0, 1);
        if (at > hi) break;
        out.push({ at: at, label: String(y) });
      }
    } else if (days > 75) {
      var months = days / 30.4, mstep = [1, 2, 3, 6, 12].find(function (s) { return months / s <= 10; }) || 12;
      var f = fmt({ month: 'short', year: 'numeric' });
      for (var m = d.getUTCFullYear() * 12 + d.getUTCMonth() + 1; ; m++) {
        if (m % mstep) continue;
        var at2 = Date.UTC(Math.floor(m / 12), m % 12, 1);
        if (at2 > hi) break;
        out.push({ at: at2, label: f.format(at2) });
      }
    } else {
      var dstep = [1, 2, 7, 14].find(function (s) { return days / s <= 12; }) || 14;
      var f2 = fmt({ day: 'numeric', month: 'short' });
      for (var t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1); t <= hi; t += dstep * 864e5) {
        out.push({ at: t, label: f2.format(t) });
      }
    }
    return out;
  }

  // ---- The details panel. ----

  function fact(dl, term, value) {
    if (!value) return;
    dl.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    dl.appendChild(dd);
  }

  function tags(items) {
    if (!items || !items.length) return null;
    var box = el('div', 'tags');
    items.forEach(function (s) { box.appendChild(el('span', 'tag', s)); });
    return box;
  }

  // roles lists participants as tags, each with its role.
  function roles(items) {
    if (!items || !items.length) return null;
    var box = el('div', 'tags');
    items.forEach(function (p) {
      var t = el('span', 'tag', p.name);
      t.appendChild(el('span', 'role', p.role));
      box.appendChild(t);
    });
    return box;
  }

  var classes = { OCCURRENCE: 'occurrence', REPORTING: 'reporting', STATE: 'state', I_ACTION: 'intended action',
    I_STATE: 'attitude', ASPECTUAL: 'start, end or continuation', PERCEPTION: 'perception' };
  var anchorings = { expression: 'a date in its sentence', narrative: 'the date the story is told at',
    publication: 'the publication date' };

  var anchors = { dct: 'publication date', mention: 'an earlier date in the text', none: 'nothing (absolute date)', missing: 'unknown (relative date without an anchor)' };

  function showDetails(ev) {
    details.textContent = '';
    details.classList.remove('idle');
    details.classList.toggle('is-span-detail', !ev.point);
    details.setAttribute('data-selected', ev.id);

    var top = el('div', 'd-top');
    top.appendChild(el('span', 'd-date', ev.label));
    if (ev.granularity) top.appendChild(el('span', 'chip', ev.granularity));
    if (ev.date) top.appendChild(el('code', 'value', ev.date));
    var close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close details');
    close.addEventListener('click', function () { select(null, false); });
    top.appendChild(close);
    details.appendChild(top);

    var h = el('h2', null, ev.event);
    h.setAttribute('data-testid', 'details-phrase');
    details.appendChild(h);
    if (ev.evidence) {
      var q = withMark(el('blockquote', 'quote'), ev.evidence, ev.expression);
      q.setAttribute('data-testid', 'details-evidence');
      details.appendChild(q);
    }
    if (ev.conflict) details.appendChild(el('p', 'warn-box', 'Sources disagree on the date. The most precise report is shown; compare them below.'));

    var dl = el('dl', 'facts');
    if (ev.trigger) {
      var what = '“' + ev.trigger + '”' + (ev.class ? ', ' + (classes[ev.class] || ev.class) : '');
      if (ev.qualifier) what += ' — ' + ev.qualifier;
      fact(dl, 'Event', what);
    }
    var src = el('span');
    src.appendChild(link(ev.document, ev.url));
    if (ev.published) src.appendChild(document.createTextNode(' · published ' + ev.published));
    fact(dl, 'Source', src);
    if (ev.source && ev.source !== ev.document) fact(dl, 'File', ev.source);
    if (ev.expression) fact(dl, 'Said as', '“' + ev.expression + '”');
    if (ev.start) fact(dl, 'Interval', ev.start + ' → ' + ev.end + ' (end excluded)');
    if (ev.participants.length) fact(dl, 'Taking part', roles(ev.participants));
    else {
      fact(dl, 'People', tags(ev.actors));
      fact(dl, 'Places', tags(ev.places));
    }
    if (ev.anchoredBy && anchorings[ev.anchoredBy]) {
      fact(dl, 'Date from', anchorings[ev.anchoredBy] + ' (confidence ' + Math.round(ev.confidence * 100) + '%)');
    }
    if (ev.how) {
      var how = [];
      if (ev.how.rule) how.push('rule ' + ev.how.rule);
      if (ev.how.anchor) how.push('anchored to ' + (anchors[ev.how.anchor] || ev.how.anchor) + (ev.how.anchorValue ? ' ' + ev.how.anchorValue : ''));
      if (ev.how.tense) how.push(ev.how.tense + ' tense');
      fact(dl, 'Dated by', how.join(', '));
    }
    details.appendChild(dl);

    if (ev.sources && ev.sources.length > 1) {
      details.appendChild(el('h3', null, 'Reported by ' + plural(ev.sources.length, 'source')));
      var ol = el('ol', 'sources-list');
      ev.sources.forEach(function (s) {
        var li = el('li');
        li.setAttribute('data-testid', 'details-source');
        li.appendChild(link(s.document, s.url));
        li.appendChild(document.createTextNode(' · '));
        li.appendChild(el('span', 'src-date' + (s.date !== ev.date ? ' differs' : ''), s.label));
        if (s.evidence) li.appendChild(withMark(el('blockquote', 'quote'), s.evidence, s.expression));
        ol.appendChild(li);
      });
      details.appendChild(ol);
    }
  }

  function showPlaceholder() {
    details.textContent = '';
    details.classList.add('idle');
    details.removeAttribute('data-selected');
    var box = el('div', 'placeholder');
    box.appendChild(el('h3', null, 'Details'));
    box.appendChild(el('p', null, 'Select an event to read the sentence it comes from, its source, and how its date was found.'));
    var docs = {};
    var order = [];
    events.forEach(function (ev) {
      (ev.sources && ev.sources.length ? ev.sources : [ev]).forEach(function (s) {
        if (!(s.document in docs)) { docs[s.document] = 0; order.push(s.document); }
        docs[s.document]++;
      });
    });
    if (order.length) {
      box.appendChild(el('h3', null, 'Sources'));
      var ul = el('ul', 'doc-list');
      order.forEach(function (d) {
        var li = el('li');
        li.appendChild(el('span', null, d));
        li.appendChild(el('span', 'n', plural(docs[d], 'event')));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    details.appendChild(box);
  }

  // select shows an event's details; scroll brings its card into view (when
  // chosen from the overview or a link rather than from the card itself).
  function select(id, scroll) {
    if (selected) {
      selected.node.classList.remove('selected');
      selected.node.setAttribute('aria-pressed', 'false');
      if (selected.mini) selected.mini.classList.remove('selected');
    }
    selected = id ? byId[id] : null;
    if (!selected) {
      showPlaceholder();
      if (location.hash && location.hash.indexOf('#q=') !== 0) history.replaceState(null, '', location.pathname + location.search);
      return;
    }
    selected.node.classList.add('selected');
    selected.node.setAttribute('aria-pressed', 'true');
    if (selected.mini) selected.mini.classList.add('selected');
    showDetails(selected);
    history.replaceState(null, '', '#' + id);
    var box = selected.node.getBoundingClientRect();
    var visible = box.top >= toolbar.offsetHeight && box.bottom <= window.innerHeight;
    if (scroll && !visible) selected.node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function step(id, dir) {
    var visible = events.filter(function (ev) { return !ev.node.hidden; });
    var i = visible.indexOf(byId[id]) + dir;
    if (i >= 0 && i < visible.length) {
      visible[i].node.focus();
      select(visible[i].id, false);
    }
  }

  // ---- Search: every term must appear in the event, its evidence, its
  // sources, people or places. ----

  function filter() {
    var q = search.value.trim();
    var terms = fold(q).split(/\s+/).filter(Boolean);
    var raw = q.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    events.forEach(function (ev) {
      var ok = terms.every(function (t) { return ev.hay.indexOf(t) >= 0; });
      ev.node.hidden = !ok;
      if (ev.mini) ev.mini.classList.toggle('dim', !ok);
      withTerms(ev.node.querySelector('.phrase'), ev.event, ok ? raw : []);
      if (ok) shown++;
    });
    headings.forEach(function (h) {
      h.node.hidden = !h.events.some(function (ev) { return !ev.node.hidden; });
    });
    count.textContent = terms.length ? 'Showing ' + shown + ' of ' + plural(events.length, 'event') : plural(events.length, 'event');
    if (events.length) {
      empty.hidden = shown > 0;
      empty.textContent = 'No events match “' + q + '”.';
    }
  }

  search.addEventListener('input', filter);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { search.value = ''; filter(); }
  });
  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if (e.key === '/' && !typing) { e.preventDefault(); search.focus(); }
    if (e.key === 'Escape' && !typing) select(null, false);
  });

  // The sticky toolbar's height sets where the sticky panel starts.
  function measure() { root.style.setProperty('--toolbar-h', toolbar.offsetHeight + 'px'); }

  drawOverview();
  measure();
  window.addEventListener('resize', measure);

  // A link can open the page filtered (#q=words) or on one event (#e12).
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf('q=') === 0) search.value = hash.slice(2);
  filter();
  // The browser scrolls to #e12 itself: the card exists before the load event.
  if (hash && byId[hash]) select(hash, false); else showPlaceholder();
})();
