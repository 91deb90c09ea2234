/* pgcomply report finder: search, filters, sortable tables. Inline, no network, allowed by the page's own CSP hash.
   Filtering toggles `hidden` on rows that are already there; nothing is re-rendered. */
(function () {
  "use strict";
  var doc = document, bar = doc.getElementById("finder");
  doc.documentElement.classList.add("js");
  sectionFinders();
  if (!bar) return;
  var q = doc.getElementById("f-q"), count = doc.getElementById("f-count");
  var selects = Array.prototype.slice.call(bar.querySelectorAll("select[data-key]"));
  var rows = Array.prototype.slice.call(doc.querySelectorAll("tr.f"));
  var items = rows.map(function (tr) {
    var box = tr.closest("article.check") || tr.closest("table");
    return {tr: tr, d: tr.dataset, box: box, area: tr.closest("section.area"),
            text: ((box && box.dataset.k) || "") .toLowerCase() + " " + tr.textContent.toLowerCase()};
  });
  var boxes = [], areas = [];
  items.forEach(function (it) {
    if (it.box && boxes.indexOf(it.box) < 0) boxes.push(it.box);
    if (it.area && areas.indexOf(it.area) < 0) areas.push(it.area);
  });

  function matches(it, words, want) {
    for (var i = 0; i < want.length; i++) {
      var v = it.d[want[i][0]] || "";
      if (want[i][0] === "req" ? ("|" + v + "|").indexOf("|" + want[i][1] + "|") < 0 :
          want[i][0] === "fw" ? (" " + v + " ").indexOf(" " + want[i][1] + " ") < 0 : v !== want[i][1]) return false;
    }
    for (var j = 0; j < words.length; j++) if (it.text.indexOf(words[j]) < 0) return false;
    return true;
  }

  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var want = selects.filter(function (s) { return s.value; }).map(function (s) { return [s.dataset.key, s.value]; });
    var active = words.length > 0 || want.length > 0, shown = 0, live = new Set();
    items.forEach(function (it) {
      var ok = !active || matches(it, words, want);
      if (it.tr.hidden === ok) it.tr.hidden = !ok;
      if (ok) { shown++; live.add(it.box); live.add(it.area); }
    });
    boxes.forEach(function (b) {
      var hide = active && !live.has(b);
      if (b.hidden !== hide) b.hidden = hide;
      if (active && !hide) { var d = b.closest("details"); if (d) d.open = true; }
    });
    areas.forEach(function (a) { var hide = active && !live.has(a); if (a.hidden !== hide) a.hidden = hide; });
    doc.body.classList.toggle("filtering", active);
    count.textContent = active ? shown + " of " + items.length + " rows match" : items.length + " rows";
  }

  var timer = 0;
  q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  doc.getElementById("f-reset").addEventListener("click", function () {
    q.value = ""; selects.forEach(function (s) { s.value = ""; }); apply();
  });
  doc.getElementById("f-fold").addEventListener("click", function () {
    var all = doc.querySelectorAll("details.fold"), open = !Array.prototype.some.call(all, function (d) { return d.open; });
    Array.prototype.forEach.call(all, function (d) { d.open = open; });
  });

  var RANK = {critical: 5, high: 4, medium: 3, low: 2, info: 1};
  function key(td) {
    if (!td) return "";
    if (td.dataset.sort) return Number(td.dataset.sort);
    var b = td.querySelector(".badge");
    if (b) for (var s in RANK) if (b.classList.contains("sev-" + s)) return RANK[s];
    var t = td.textContent.trim(), n = Number(t.replace(/[%,\s]/g, ""));
    return t !== "" && !isNaN(n) ? n : t.toLowerCase();
  }
  Array.prototype.forEach.call(doc.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.tabIndex = 0; th.title = "Sort by this column";
      function sort() {
        var down = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var list = Array.prototype.map.call(body.rows, function (tr, i) { return [key(tr.cells[col]), i, tr]; });
        list.sort(function (a, b) {
          var x = a[0], y = b[0], c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return (down ? -c : c) || a[1] - b[1];
        });
        var frag = doc.createDocumentFragment();
        list.forEach(function (e) { frag.appendChild(e[2]); });
        body.appendChild(frag);
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });
  apply();

  /* The inventory and access-matrix chapters: a search and one flag each, over their tables, column lists and
     reader lists (.s-item). An item without data-sflag is only searched, never flag-filtered. */
  function sectionFinders() {
    Array.prototype.forEach.call(doc.querySelectorAll(".sec-finder"), function (f) {
      var sec = f.closest("section"), sq = f.querySelector(".sec-q"), flag = f.querySelector(".sec-flag");
      var cnt = f.querySelector(".sec-count"), t = 0;
      var list = Array.prototype.map.call(sec.querySelectorAll(".s-item"), function (el) {
        return {el: el, text: el.textContent.toLowerCase(), flag: el.hasAttribute("data-sflag") ? el.dataset.sflag : null};
      });
      function run() {
        var words = sq.value.toLowerCase().split(/\s+/).filter(Boolean), want = flag.value, shown = 0;
        list.forEach(function (it) {
          var ok = (!want || it.flag === null || it.flag === want) &&
                   words.every(function (w) { return it.text.indexOf(w) >= 0; });
          if (it.el.hidden === ok) it.el.hidden = !ok;
          if (ok) shown++;
        });
        cnt.textContent = words.length || want ? shown + " of " + list.length + " match" : "";
      }
      sq.addEventListener("input", function () { clearTimeout(t); t = setTimeout(run, 120); });
      flag.addEventListener("change", run);
    });
  }
})();
