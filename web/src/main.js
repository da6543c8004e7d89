// dyad dashboard: actor and dyad picker, the dyad's time series, the events
// behind each period with their evidence, a partner map and a partner network.
// Plain JS; every request goes to this origin's /api (see src/serve/api.h).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, GraphChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, VisualMapComponent, TitleComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import { NUMERIC_TO_ALPHA3, NAME_TO_ALPHA3, CAMEO_ROOTS, QUAD_NAMES, QUAD_COLORS } from './countries.js';

echarts.use([BarChart, LineChart, MapChart, GraphChart, GridComponent, TooltipComponent, LegendComponent,
  DataZoomComponent, VisualMapComponent, TitleComponent, CanvasRenderer]);

const $ = (id) => document.getElementById(id);
const state = { a: '', b: '', by: 'month', from: '', to: '', root: '', names: {} };
const ui = {};
window.__dyad = { state, ui };

// ------------------------------------------------------------------ helpers

// Each view keeps only the answer to its latest request (answers can arrive out of order).
const latest = {};
function ticket(view) {
  latest[view] = (latest[view] || 0) + 1;
  const mine = latest[view];
  return () => latest[view] === mine;
}

async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) qs.set(k, v);
  const res = await fetch(`/api/${path}${qs.toString() ? '?' + qs : ''}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

function filters() {
  return { from: state.from, to: state.to, root: state.root };
}

function label(code, name) {
  return name ? `${code} (${name})` : code;
}

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function periodEnd(start, by) {
  if (by === 'day') return start;
  if (by === 'week') return addDays(start, 6);
  if (by === 'year') return start.slice(0, 4) + '-12-31';
  const d = new Date(start + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

function saveHash() {
  const p = new URLSearchParams();
  for (const k of ['a', 'b', 'by', 'from', 'to', 'root']) if (state[k]) p.set(k, state[k]);
  history.replaceState(null, '', '#' + p.toString());
}

// ------------------------------------------------------------------ summary

async function loadSummary() {
  try {
    const s = await api('summary');
    $('summary').textContent = `${s.events.toLocaleString()} events · ${s.documents.toLocaleString()} documents · ` +
      (s.first_date ? `${s.first_date} to ${s.last_date}` : 'no events yet');
    for (const a of s.top_actors) state.names[a.code] = a.name;
  } catch (e) {
    $('summary').textContent = `error: ${e.message}`;
  }
}

// ------------------------------------------------------------------ pickers

async function searchActors() {
  const q = $('actor-q').value.trim();
  const list = $('actor-results');
  const current = ticket('actors');
  try {
    const r = await api('actors', { q, limit: 30 });
    if (!current()) return;
    list.replaceChildren(...r.actors.map((a) => {
      if (a.name) state.names[a.code] = a.name;
      return el('li', { dataset: { code: a.code }, onclick: () => chooseActor(a.code) },
        el('span', {}, label(a.code, a.name)), el('span', { class: 'n' }, a.events));
    }));
    if (!r.actors.length) list.replaceChildren(el('li', { class: 'muted' }, 'no match'));
  } catch (e) {
    list.replaceChildren(el('li', { class: 'muted' }, e.message));
  }
}

let partners = [];
function renderPartners() {
  const q = $('partner-q').value.trim().toLowerCase();
  const shown = partners.filter((p) => !q || p.partner.toLowerCase().startsWith(q) ||
    (p.name || '').toLowerCase().includes(q));
  $('partner-results').replaceChildren(...shown.map((p) =>
    el('li', { dataset: { code: p.partner }, onclick: () => choosePartner(p.partner) },
      el('span', {}, label(p.partner, p.name)), el('span', { class: 'n' }, p.events))));
}

async function loadPartners() {
  if (!state.a) return;
  const current = ticket('partners');
  try {
    const r = await api('dyads', { actor: state.a, limit: 200, ...filters() });
    if (!current()) return;
    partners = r.dyads;
    for (const p of partners) if (p.name) state.names[p.partner] = p.name;
    renderPartners();
  } catch (e) {
    $('partner-results').replaceChildren(el('li', { class: 'muted' }, e.message));
  }
}

function chooseActor(code) {
  state.a = code;
  state.b = '';
  $('actor-chosen').textContent = label(code, state.names[code]);
  $('partner-chosen').textContent = '';
  refreshAll();
}

function choosePartner(code) {
  state.b = code;
  $('partner-chosen').textContent = label(code, state.names[code]);
  saveHash();
  loadSeries();
  loadEvents({});
}

function refreshAll() {
  saveHash();
  loadPartners();
  loadSeries();
  loadEvents({});
  loadMap();
  loadNetwork();
}

// ------------------------------------------------------------------ series

let series = null;

async function loadSeries() {
  const chart = ui.chart;
  if (!state.a) return;
  const current = ticket('series');
  let s;
  try {
    s = await api('series', { a: state.a, b: state.b, by: state.by, ...filters() });
  } catch (e) {
    if (current()) $('chart-title').textContent = `Time series: ${e.message}`;
    return;
  }
  if (!current()) return;
  series = s;
  const an = label(s.a, s.a_name), bn = s.b ? label(s.b, s.b_name) : 'anyone';
  $('chart-title').textContent = `${an} and ${bn}, by ${s.by}`;
  const dirs = [['ab', `${s.a} → ${s.b || 'any'}`], ['ba', `${s.b || 'any'} → ${s.a}`]];
  const out = [];
  let points = 0;
  dirs.forEach(([key, name], g) => {
    for (let q = 0; q < 4; q++) {
      const data = s[key].quad[q];
      points += data.filter((v) => v > 0).length;
      out.push({ name: QUAD_NAMES[q], type: 'bar', stack: key, xAxisIndex: g, yAxisIndex: 2 * g, data,
        itemStyle: { color: QUAD_COLORS[q] } });
    }
    out.push({ name: 'Goldstein mean', type: 'line', xAxisIndex: g, yAxisIndex: 2 * g + 1,
      data: s[key].goldstein_mean, connectNulls: false, symbolSize: 5, itemStyle: { color: '#1f2d3d' } });
  });
  chart.dataset.points = String(points);
  chart.dataset.periods = String(s.periods.length);
  ui.chartInstance.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v) },
    legend: { data: [...QUAD_NAMES, 'Goldstein mean'], top: 0 },
    title: [
      { text: dirs[0][1], left: 'center', top: 22, textStyle: { fontSize: 12 } },
      { text: dirs[1][1], left: 'center', top: '53%', textStyle: { fontSize: 12 } },
    ],
    grid: [
      { left: 50, right: 50, top: 45, height: '32%' },
      { left: 50, right: 50, top: '60%', height: '28%' },
    ],
    xAxis: [0, 1].map((g) => ({ type: 'category', gridIndex: g, data: s.periods })),
    yAxis: [0, 1].flatMap((g) => [
      { type: 'value', gridIndex: g, name: 'events', minInterval: 1 },
      { type: 'value', gridIndex: g, name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ]),
    dataZoom: [{ type: 'inside', xAxisIndex: [0, 1] }, { type: 'slider', xAxisIndex: [0, 1], bottom: 0, height: 18 }],
    series: out,
  }, { notMerge: true });
}

function onChartClick(ev) {
  if (!series) return;
  const pt = [ev.offsetX, ev.offsetY];
  for (const g of [0, 1]) {
    if (!ui.chartInstance.containPixel({ gridIndex: g }, pt)) continue;
    const [idx] = ui.chartInstance.convertFromPixel({ xAxisIndex: g, yAxisIndex: 2 * g }, pt);
    const period = series.periods[idx];
    if (!period) return;
    const to = periodEnd(period, series.by);
    loadEvents({ from: period < state.from ? state.from : period, to: state.to && state.to < to ? state.to : to,
      dir: state.b ? (g === 0 ? 'ab' : 'ba') : '', period, g });
    return;
  }
}

// ------------------------------------------------------------------ events

let eventsQuery = null;

function renderEvent(e) {
  const sentence = el('div', { class: 'sentence', 'data-testid': 'evidence' });
  for (const p of e.parts) {
    sentence.append(p.role ? el('mark', { class: p.role, title: p.role }, p.text) : document.createTextNode(p.text));
  }
  if (!e.parts.length) sentence.append(el('span', { class: 'muted' }, '(sentence not stored)'));
  const root = CAMEO_ROOTS.find(([c]) => c === e.root);
  const head = el('div', { class: 'ev-head' },
    `${e.date} · `, el('b', {}, label(e.source, e.source_name)), ' → ',
    el('b', {}, e.target ? label(e.target, e.target_name) : '—'), ' · ',
    el('span', { class: 'code', title: root ? root[1] : '' }, e.code), ` ${root ? root[1] : ''} · Goldstein ${e.goldstein}`);
  const link = e.url
    ? el('a', { class: 'ev-link', href: e.url, rel: 'noopener noreferrer', target: '_blank' }, e.title || e.url)
    : el('span', { class: 'ev-link muted' }, e.title || `document ${e.doc_id}`);
  return el('li', { 'data-testid': 'event', dataset: { eventId: e.event_id } }, head, sentence, link);
}

async function loadEvents(opts, append = false) {
  if (!state.a) return;
  let title = '';
  if (!append) {
    eventsQuery = { a: state.a, b: state.b, dir: opts.dir || '', from: opts.from || state.from,
      to: opts.to || state.to, root: state.root, limit: 25 };
    const what = opts.period ? `in the ${series ? series.by : 'period'} of ${opts.period}` : 'all periods';
    title = `Events: ${state.a}${state.b ? ' – ' + state.b : ''}, ${what}`;
  }
  const current = ticket('events');
  try {
    const r = await api('events', eventsQuery);
    if (!current()) return;
    // The title changes together with the list it describes, never before.
    if (title) $('events-title').textContent = title;
    const list = $('events');
    const items = r.events.map(renderEvent);
    if (append) list.append(...items); else list.replaceChildren(...items);
    $('events-status').textContent = `${r.total.toLocaleString()} events`;
    eventsQuery.cursor = r.next_cursor || '';
    $('more').hidden = !r.next_cursor;
  } catch (e) {
    $('events-status').textContent = `error: ${e.message}`;
  }
}

// ------------------------------------------------------------------ map

async function initMap() {
  const res = await fetch('/world.json');
  const world = await res.json();
  const geo = feature(world, world.objects.countries);
  geo.features = geo.features.filter((f) => f.id !== '010');  // Antarctica takes space and has no events
  for (const f of geo.features) {
    f.properties.name = NUMERIC_TO_ALPHA3[f.id] || NAME_TO_ALPHA3[f.properties.name] || f.properties.name;
    // world-atlas is drawn for spherical projections; on a flat map a ring that
    // crosses the antimeridian (Russia, Fiji) must be unwrapped to stay continuous.
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const d = ring[i][0] - ring[i - 1][0];
          if (d > 180) ring[i][0] -= 360;
          else if (d < -180) ring[i][0] += 360;
        }
      }
    }
  }
  echarts.registerMap('world', geo);
  ui.mapReady = true;
}

async function loadMap() {
  if (!state.a || !ui.mapReady) return;
  const current = ticket('map');
  let r;
  try {
    r = await api('map', { actor: state.a, ...filters() });
  } catch (e) {
    if (current()) $('map-title').textContent = `Map: ${e.message}`;
    return;
  }
  if (!current()) return;
  $('map-title').textContent = `Events of ${state.a} by partner country`;
  const max = Math.max(1, ...r.countries.map((c) => c.events));
  ui.map.dataset.countries = String(r.countries.length);
  ui.mapInstance.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${Number.isFinite(p.value) ? p.value : 0}` },
    visualMap: { min: 0, max, left: 10, bottom: 10, calculable: true, inRange: { color: ['#e0ecf8', '#08519c'] } },
    series: [{ type: 'map', map: 'world', roam: true, data: r.countries.map((c) => ({ name: c.code, value: c.events })),
      emphasis: { label: { show: false } } }],
  }, { notMerge: true });
}

// ------------------------------------------------------------------ network

async function loadNetwork() {
  if (!state.a) return;
  const current = ticket('network');
  let r;
  try {
    r = await api('network', { actor: state.a, limit: 15, ...filters() });
  } catch (e) {
    if (current()) $('network-title').textContent = `Network: ${e.message}`;
    return;
  }
  if (!current()) return;
  $('network-title').textContent = `Strongest partners of ${r.actor}`;
  const maxN = Math.max(1, ...r.nodes.map((n) => n.events));
  const maxE = Math.max(1, ...r.edges.map((e) => e.events));
  ui.network.dataset.nodes = String(r.nodes.length);
  const color = (g) => (g >= 1 ? '#2e8b57' : g <= -1 ? '#d9534f' : '#999');
  ui.networkInstance.setOption({
    animation: false,
    tooltip: {},
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 160] },
      label: { show: true, position: 'right' },
      data: r.nodes.map((n, i) => ({ name: n.code, value: n.events, symbolSize: 10 + 30 * Math.sqrt(n.events / maxN),
        itemStyle: { color: i === 0 ? '#1f5fa8' : '#6c8ebf' }, tooltip: { formatter: `${label(n.code, n.name)}: ${n.events} events` } })),
      links: r.edges.map((e) => ({ source: e.source, target: e.target, value: e.events,
        lineStyle: { width: 1 + 6 * e.events / maxE, color: color(e.goldstein_mean), opacity: 0.7 },
        tooltip: { formatter: `${e.source} – ${e.target}: ${e.events} events, Goldstein mean ${e.goldstein_mean.toFixed(2)}` } })),
    }],
  }, { notMerge: true });
}

// ------------------------------------------------------------------ start

function init() {
  ui.chart = $('chart');
  ui.map = $('map');
  ui.network = $('network');
  ui.chartInstance = echarts.init(ui.chart);
  ui.mapInstance = echarts.init(ui.map);
  ui.networkInstance = echarts.init(ui.network);
  Object.assign(window.__dyad, { chart: ui.chartInstance, map: ui.mapInstance, network: ui.networkInstance });
  ui.chartInstance.getZr().on('click', (ev) => onChartClick(ev));
  ui.networkInstance.on('click', (p) => {
    if (p.dataType === 'node' && p.name !== state.a) choosePartner(p.name);
  });
  window.addEventListener('resize', () => [ui.chartInstance, ui.mapInstance, ui.networkInstance].forEach((c) => c.resize()));

  const rootSel = $('root');
  for (const [code, name] of CAMEO_ROOTS) rootSel.append(el('option', { value: code }, `${code} ${name}`));

  $('actor-q').addEventListener('input', debounce(searchActors, 150));
  $('partner-q').addEventListener('input', renderPartners);
  $('more').addEventListener('click', () => loadEvents({}, true));
  for (const id of ['from', 'to', 'root', 'by']) {
    $(id).addEventListener('change', () => {
      state[id] = $(id).value;
      refreshAll();
    });
  }

  const h = new URLSearchParams(location.hash.slice(1));
  for (const k of ['by', 'from', 'to', 'root']) if (h.get(k)) { state[k] = h.get(k); $(k).value = h.get(k); }
  loadSummary();
  searchActors();
  initMap().then(() => loadMap()).catch((e) => { $('map-title').textContent = `Map: ${e.message}`; });
  if (h.get('a')) {
    chooseActor(h.get('a').toUpperCase());
    if (h.get('b')) choosePartner(h.get('b').toUpperCase());
  }
  document.body.dataset.ready = '1';
}

init();
