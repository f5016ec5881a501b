// talkmine overview: sortable and filterable tables and print helpers. Progressive enhancement: the page is
// complete without this script. Reads only the page's own DOM; never evaluates page content.
(function () {
  'use strict';
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function value(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell ? (cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim()) : '';
    return numeric ? parseFloat(v) : v;
  }

  function sort(table, th, i) {
    var numeric = th.getAttribute('data-type') === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, n) { return { row: row, n: n, v: value(row, i, numeric) }; });
    keyed.sort(function (a, b) {
      var ea = numeric ? isNaN(a.v) : a.v === '', eb = numeric ? isNaN(b.v) : b.v === '';
      if (ea || eb) { return ea === eb ? a.n - b.n : (ea ? 1 : -1); } // empty cells last
      var c = numeric ? a.v - b.v : collator.compare(a.v, b.v);
      return (ascending ? c : -c) || a.n - b.n;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
    each(th.parentNode.cells, function (h) { if (h !== th) { h.removeAttribute('aria-sort'); } });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  each(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    each(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () { sort(table, th, i); });
    });
    var hint = table.caption && table.caption.querySelector('.sorthint');
    if (hint) { hint.hidden = false; }
  });

  // tables of talks can be filtered by the author's verdict (rows carry data-verdict)
  each(document.querySelectorAll('table[data-filter="verdict"]'), function (table) {
    if (!table.caption || !table.tBodies.length) { return; }
    var label = document.createElement('label');
    label.className = 'vfilter';
    label.appendChild(document.createTextNode('verdict: '));
    var select = document.createElement('select');
    ['all', 'positive', 'mixed', 'neutral', 'negative', 'none'].forEach(function (v) {
      var option = document.createElement('option');
      option.value = v;
      option.textContent = v;
      select.appendChild(option);
    });
    label.appendChild(select);
    table.caption.appendChild(label);
    select.addEventListener('change', function () {
      each(table.tBodies[0].rows, function (row) {
        row.hidden = select.value !== 'all' && row.getAttribute('data-verdict') !== select.value;
      });
    });
  });

  // a link to a collapsed report (or into one) opens it
  function reveal() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it as it is */ }
    var target = id && document.getElementById(id);
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') { el.open = true; }
    }
    if (target) { target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', reveal);
  if (location.hash) { reveal(); }

  // print every report, not only the open ones; restore afterwards
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });

  document.body.setAttribute('data-ready', '1');
}());
