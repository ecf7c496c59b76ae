/**
 * The report's script, run in the browser. Everything it shows was computed in Node (render.ts) into one JSON block;
 * this unpacks it (gzip, base64) and lays it out, only when asked: an incident's details and charts when its row is opened, a scenario's
 * state graph (cloned from the one drawing in the page) when it is shown. Text goes in with textContent, never as
 * markup. Kept plain JavaScript so it needs no build step.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data;
  var SVG = 'http://www.w3.org/2000/svg';
  var HOUR = 3600000;
  var DAY = 24 * HOUR;
  var COLOURS = { usage: '#1f6feb', quota: '#c62828', threshold: '#e07b00', alarm: '#7c3aed', peak: '#111827' };
  var numberFormat = new Intl.NumberFormat('en-US');
  var fmt = function (n) { return numberFormat.format(n); };
  var pad = function (n) { return String(n).padStart(2, '0'); };
  var hourLabel = function (t) { var d = new Date(t); return pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()); };

  var dayLabel = function (t) { var d = new Date(t); return pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function kvTable(rows) {
    var table = el('table', 'kv');
    rows.forEach(function (row) {
      var tr = el('tr');
      tr.appendChild(el('th', '', row[0]));
      tr.appendChild(el('td', '', row[1]));
      table.appendChild(tr);
    });
    return table;
  }

  // ---- state graphs: one drawing in a <template>, cloned per scenario with its counts ----
  var graphsDrawn = {};
  function drawGraph(sc) {
    if (graphsDrawn[sc]) return graphsDrawn[sc];
    var frame = document.querySelector('.graph-row[data-sc="' + sc + '"] .graph-frame');
    var template = document.getElementById('graph-template');
    if (!frame || !template) return null;
    frame.appendChild(template.content.cloneNode(true));
    var svg = frame.querySelector('svg');
    var counts = data.scenarios[sc];
    svg.querySelectorAll('g.edge').forEach(function (g) {
      var n = counts.edges[Number(g.getAttribute('data-e'))] || 0;
      g.classList.add(n > 0 ? 'taken' : 'not-taken');
      if (n > 0) {
        var text = document.createElementNS(SVG, 'text');
        text.setAttribute('class', 'edge-count');
        text.setAttribute('x', g.getAttribute('data-cx'));
        text.setAttribute('y', g.getAttribute('data-cy'));
        text.textContent = String(n);
        g.appendChild(text);
      }
    });
    svg.querySelectorAll('g.node').forEach(function (g) {
      var n = counts.nodes[Number(g.getAttribute('data-n'))] || 0;
      g.classList.add(n > 0 ? 'visited' : 'unvisited');
      var title = document.createElementNS(SVG, 'title');
      title.textContent = n + ' execution' + (n === 1 ? '' : 's') + ' entered it';
      g.appendChild(title);
    });
    graphsDrawn[sc] = svg;
    return svg;
  }
  /** The scenario's graph row, made under its heading the first time it is asked for. */
  function graphRow(sc) {
    var row = document.querySelector('.graph-row[data-sc="' + sc + '"]');
    if (row) return row;
    var head = document.querySelector('.scenario[data-sc="' + sc + '"] .sc-head');
    if (!head) return null;
    row = el('div', 'graph-row');
    row.setAttribute('data-sc', String(sc));
    row.hidden = true;
    var td = row;
    td.appendChild(el('p', 'graph-note', 'How many executions took each edge.'));
    var clear = el('button', 'clear', 'Clear the highlight');
    clear.type = 'button';
    clear.setAttribute('data-sc', String(sc));
    clear.hidden = true;
    td.appendChild(clear);
    td.appendChild(el('div', 'graph-frame'));
    head.parentNode.insertBefore(row, head.nextSibling);
    return row;
  }
  function showGraph(sc, show) {
    var row = graphRow(sc);
    if (!row) return null;
    row.hidden = !show;
    return show ? drawGraph(sc) : null;
  }
  function highlight(sc, incident) {
    var svg = showGraph(sc, true);
    if (!svg) return;
    var trace = typeof incident === 'number' ? data.incidents[incident].trace : null;
    svg.classList.toggle('highlighting', Boolean(trace));
    svg.querySelectorAll('g.edge').forEach(function (g) {
      g.classList.toggle('hl', Boolean(trace) && trace.edges.indexOf(Number(g.getAttribute('data-e'))) >= 0);
    });
    svg.querySelectorAll('g.node').forEach(function (g) {
      var n = Number(g.getAttribute('data-n'));
      g.classList.toggle('hl', Boolean(trace) && trace.nodes.indexOf(n) >= 0);
      g.classList.toggle('hl-failed', Boolean(trace) && trace.failed === n);
    });
    var note = document.querySelector('.graph-row[data-sc="' + sc + '"] .graph-note');
    if (note) note.textContent = trace ? 'Highlighted: the path of incident ' + (incident + 1) + ' (' + data.incidents[incident].title + ').' : 'How many executions took each edge.';
    var clear = document.querySelector('.graph-row[data-sc="' + sc + '"] button.clear');
    if (clear) clear.hidden = !trace;
    if (trace) document.querySelector('.graph-row[data-sc="' + sc + '"]').scrollIntoView({ block: 'start' });
  }

  // ---- usage charts, from the shared series of the model ----
  // Each value holds until the next; the first one known is drawn from the window's start (nothing earlier is known).
  function stepLine(history, column, from, to) {
    var points = [];
    var current;
    var first = history.find(function (h) { return h[column] !== undefined; });
    if (first) current = first[column];
    history.forEach(function (h) {
      var value = h[column];
      if (value === undefined) return;
      if (h[0] <= from) current = value;
      else if (h[0] <= to) {
        if (points.length === 0 && current !== undefined) points.push({ x: from, y: current });
        points.push({ x: h[0], y: value });
        current = value;
      }
    });
    if (points.length === 0 && current !== undefined) points.push({ x: from, y: current });
    if (current !== undefined && current !== null) points.push({ x: to, y: current });
    return points.some(function (p) { return p.y !== null; }) ? points : [];
  }
  /** Chart.js is in the page as text: run once, when the first chart is drawn. */
  function ensureChart() {
    if (typeof window.Chart !== 'undefined') return;
    var source = document.getElementById('chartjs-source');
    var script = document.createElement('script');
    script.textContent = source ? source.textContent : '';
    document.head.appendChild(script);
  }
  function chartFor(incident, metric, container) {
    ensureChart();
    var u = incident.usage;
    var series = data.series[incident.series];
    var history = data.histories[incident.history] || [];
    var from = u.window[0];
    var to = u.window[1];
    var values = series[metric === 'rpm' ? 1 : 2];
    var points = [];
    var best = null;
    for (var i = 0; i < values.length; i++) {
      var t = series[0] + i * HOUR;
      if (t + HOUR <= from || t > to || values[i] === null) continue;
      points.push({ x: t, y: values[i] });
      if (best === null || values[i] > best.y) best = { x: t, y: values[i] };
    }
    var unit = metric === 'rpm' ? 'RPM' : 'TPM';
    if (points.length === 0) {
      container.appendChild(el('p', 'muted no-data', unit + ': no usage data points in the window the decision read (' + hourLabel(from) + ' to ' + hourLabel(to) + ' UTC).'));
      return;
    }
    var hours = Math.max(1, (to - from) / HOUR);
    // Sparse: a line between far-apart hours would suggest values nobody measured.
    var sparse = points.length < 24 || points.length < hours / 4;
    var peak = metric === 'rpm' ? u.peaks[0] : u.peaks[1];
    var quota = stepLine(history, metric === 'rpm' ? 1 : 2, from, to);
    var threshold = stepLine(history, metric === 'rpm' ? 3 : 4, from, to);
    var top = Math.max.apply(null, points.map(function (p) { return p.y; }).concat(quota.map(function (p) { return p.y || 0; }), threshold.map(function (p) { return p.y || 0; }), [peak || 0])) * 1.08 || 1;
    var datasets = [{
      label: 'Hourly peak ' + unit + (sparse ? ' (sparse: points)' : ''), data: points, borderColor: COLOURS.usage,
      backgroundColor: sparse ? COLOURS.usage : 'rgba(31, 111, 235, 0.12)', borderWidth: 1.5,
      pointRadius: sparse ? 3 : 0, showLine: !sparse, fill: sparse ? false : 'origin',
    }];
    if (quota.length > 0) datasets.push({ label: unit + ' quota', data: quota, stepped: true, borderColor: COLOURS.quota, backgroundColor: COLOURS.quota, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, fill: false });
    if (threshold.length > 0) datasets.push({ label: unit + ' alarm threshold', data: threshold, stepped: true, borderColor: COLOURS.threshold, backgroundColor: COLOURS.threshold, borderDash: [3, 3], borderWidth: 1.5, pointRadius: 0, fill: false });
    datasets.push({ label: 'alarm ' + hourLabel(incident.at), data: [{ x: incident.at, y: 0 }, { x: incident.at, y: top }], borderColor: COLOURS.alarm, backgroundColor: COLOURS.alarm, borderWidth: 1.5, borderDash: [2, 2], pointRadius: 0, fill: false });
    // At the peak's own minute when the decision recorded it, else in the window's highest hour.
    var peakAt = u.peaksAt ? u.peaksAt[metric === 'rpm' ? 0 : 1] : null;
    if (peak !== undefined && peak !== null && best) {
      datasets.push({ label: 'peak the decision used: ' + fmt(peak), data: [{ x: peakAt === null || peakAt === undefined ? best.x : peakAt, y: peak }], borderColor: COLOURS.peak, backgroundColor: COLOURS.peak, pointStyle: 'triangle', pointRadius: 7, showLine: false });
    }
    var box = el('div', 'chart');
    var canvas = el('canvas');
    canvas.setAttribute('data-chart', metric);
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', unit + ' usage chart');
    box.appendChild(canvas);
    container.appendChild(box);
    new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 2 } },
          title: { display: true, text: metric === 'rpm' ? 'Requests per minute (hourly peak)' : 'Tokens per minute (hourly peak)' },
          tooltip: { callbacks: { title: function (items) { return items.length ? hourLabel(items[0].parsed.x) + ' UTC' : ''; } } },
        },
        scales: {
          x: {
            type: 'linear', min: from, max: to, title: { display: true, text: 'time (UTC)' },
            ticks: { maxRotation: 0, autoSkip: false, callback: function (v) { return (to - from) > 2 * DAY ? dayLabel(v) : hourLabel(v); } },
            // Whole days (or hours for a short window), at most about eight: the window starts at any minute.
            afterBuildTicks: function (axis) {
              var unit = (to - from) > 2 * DAY ? DAY : HOUR;
              var step = unit * Math.max(1, Math.ceil((to - from) / unit / 8));
              var ticks = [];
              for (var t = Math.ceil(from / unit) * unit; t <= to; t += step) ticks.push({ value: t });
              axis.ticks = ticks;
            },
          },
          y: { beginAtZero: true, suggestedMax: top, title: { display: true, text: metric === 'rpm' ? 'requests / min' : 'tokens / min' } },
        },
      },
    });
  }

  // ---- an incident's details, built when its row is first opened ----
  function details(index) {
    var incident = data.incidents[index];
    var box = el('div', 'incident');
    if (incident.folded.length > 0) {
      box.appendChild(el('h3', '', 'Folded: ' + incident.folded.length + ' more of the same incident'));
      var list = el('ul', 'folded');
      incident.folded.forEach(function (f) { list.appendChild(el('li', '', f[0] + ' (at ' + f[1] + '): ' + f[2])); });
      box.appendChild(list);
    }
    incident.executions.forEach(function (x) {
      var section = el('div', 'execution');
      section.appendChild(el('h3', '', x.title));
      if (x.reason) section.appendChild(el('p', 'meta', x.reason));
      var columns = el('div', 'columns');
      var left = el('div');
      left.appendChild(el('h4', '', 'Decision'));
      left.appendChild(x.decision ? kvTable(x.decision) : el('p', 'muted', 'No decision: the execution ended before the scenario was decided.'));
      left.appendChild(el('h4', '', 'Case action'));
      left.appendChild(kvTable(x.caseAction));
      var right = el('div');
      right.appendChild(el('h4', '', 'E-mail'));
      if (x.email) {
        right.appendChild(el('p', 'subject', x.email[0]));
        right.appendChild(el('pre', 'email', x.email[1]));
      } else right.appendChild(el('p', 'muted', 'No e-mail was sent.'));
      columns.appendChild(left);
      columns.appendChild(right);
      section.appendChild(columns);
      section.appendChild(el('h4', '', 'Path'));
      var path = el('p', 'path');
      x.path.forEach(function (name, i) {
        if (i > 0) path.appendChild(el('span', 'muted', ' → '));
        path.appendChild(el('span', x.failedState === name && i === x.path.lastIndexOf(name) ? 'path-failed' : '', name));
      });
      if (x.path.length === 0) path.appendChild(el('span', 'muted', 'No state was entered.'));
      section.appendChild(path);
      box.appendChild(section);
    });
    if (incident.trace.edges.length > 0) {
      var button = el('button', 'show-path', 'Show this incident’s path on the scenario’s state graph');
      button.addEventListener('click', function () { highlight(incident.scenario, index); });
      box.appendChild(button);
    }
    if (incident.usage) {
      box.appendChild(el('h3', '', 'Usage of ' + incident.model + (incident.usage.window ? ' in the window the decision read' : '')));
      if (incident.usage.unavailable) box.appendChild(el('p', 'muted no-data', 'Usage unavailable to the decision: ' + incident.usage.unavailable));
      else {
        var charts = el('div', 'charts');
        box.appendChild(charts);
        chartFor(incident, 'rpm', charts);
        chartFor(incident, 'tpm', charts);
      }
    }
    return box;
  }
  function toggle(row) {
    var index = Number(row.getAttribute('data-i'));
    var next = row.nextElementSibling;
    if (next && next.classList.contains('detail')) {
      next.hidden = !next.hidden;
      row.classList.toggle('open', !next.hidden);
      return;
    }
    var tr = el('div', 'detail');
    var td = tr;
    row.parentNode.insertBefore(tr, row.nextSibling);
    row.classList.add('open');
    td.appendChild(details(index));
  }

  // ---- filters ----
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  function applyFilters() {
    var wanted = selects.map(function (s) { return [s.getAttribute('data-filter'), s.value]; }).filter(function (f) { return f[1] !== ''; });
    var shown = 0;
    document.querySelectorAll('#incidents .scenario').forEach(function (body) {
      var any = false;
      body.querySelectorAll('.inc').forEach(function (row) {
        var ok = wanted.every(function (f) { return (' ' + row.getAttribute('data-' + f[0]) + ' ').indexOf(' ' + f[1] + ' ') >= 0; });
        row.hidden = !ok;
        var next = row.nextElementSibling;
        if (next && next.classList.contains('detail')) next.hidden = !ok || !row.classList.contains('open');
        if (ok) { any = true; shown++; }
      });
      body.hidden = !any;
    });
    document.getElementById('shown').textContent = shown + ' of ' + data.incidents.length + ' incidents shown';
  }
  selects.forEach(function (s) { s.addEventListener('change', applyFilters); });

  function start(parsed) {
    data = parsed;
    var table = document.getElementById('incidents');
    if (table) table.addEventListener('click', onClick);
    document.documentElement.setAttribute('data-ready', 'true');
  }
  function onClick(event) {
    var target = event.target;
    var graphButton = target.closest('button[data-graph]');
    if (graphButton) {
      var sc = Number(graphButton.getAttribute('data-graph'));
      var row = graphRow(sc);
      showGraph(sc, Boolean(row && row.hidden));
      return;
    }
    var clear = target.closest('button.clear');
    if (clear) { highlight(Number(clear.getAttribute('data-sc')), null); return; }
    var inc = target.closest('.inc');
    if (inc) toggle(inc);
  }

  // The data block is gzip, in base64: a third of the bytes for the browser to read (render.ts).
  var block = document.getElementById('report-data');
  var binary = atob(block.textContent.trim());
  var bytes = new Uint8Array(binary.length);
  for (var b = 0; b < binary.length; b++) bytes[b] = binary.charCodeAt(b);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    .then(function (text) { start(JSON.parse(text)); })
    .catch(function (error) { document.documentElement.setAttribute('data-ready', 'error'); throw error; });
  window.opsAlertReport = { open: function (i) { var row = document.querySelector('.inc[data-i="' + i + '"]'); if (row && !row.classList.contains('open')) toggle(row); }, showGraph: showGraph, highlight: highlight };
})();`;
