// Drives the dyad dashboard in headless Debian chromium (Playwright, from
// web/node_modules): starts `dyad serve` on a free port, picks KOR and RUS,
// checks the chart has data points, the event list shows evidence sentences
// with highlighted spans, a click on a period lists that period's events, the
// map and network are drawn, and no request leaves the machine. Saves a
// screenshot. Usage: node dashboard.mjs --dyad BIN --db FILE --screenshot PNG
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['dyad', 'db', 'screenshot']) if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }

let failures = 0;
function check(cond, what) {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures++;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(args.dyad, ['serve', '--db', args.db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('dyad serve did not start in 30 s')), 30000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[^/\s]+)\//);
      if (m) { clearTimeout(timer); resolve({ proc: p, base: m[1] }); }
    });
    p.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dyad serve exited with ${code}: ${out}`)); });
  });
}

const { proc, base } = await startServer();
proc.removeAllListeners('exit');
const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
let browser;
try {
  // A new empty profile directory (Chromium's --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1500 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage();
  const foreign = [];
  const pageErrors = [];
  page.on('request', (r) => { if (!r.url().startsWith(base + '/') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  page.setDefaultTimeout(20000);

  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => !document.querySelector('#summary').textContent.includes('loading'));
  check(/events/.test(await page.textContent('#summary')), 'summary line shows event counts');

  // Pick KOR.
  await page.fill('[data-testid=actor-search]', 'KOR');
  await page.click('#actor-results li[data-code="KOR"]');
  check((await page.textContent('#actor-chosen')).startsWith('KOR'), 'actor KOR chosen');
  // Pick RUS among its partners.
  await page.fill('[data-testid=partner-search]', 'RUS');
  await page.click('#partner-results li[data-code="RUS"]');
  await page.waitForFunction(() => document.querySelector('#chart-title').textContent.includes('RUS'));
  await page.waitForFunction(() => Number(document.querySelector('#chart').dataset.points || 0) > 0);
  const points = await page.evaluate(() => Number(document.querySelector('#chart').dataset.points));
  check(points > 0, `chart has data points (${points})`);
  const opt = await page.evaluate(() => {
    const o = window.__dyad.chart.getOption();
    return { series: o.series.length, bars: o.series.filter((s) => s.type === 'bar').reduce((n, s) => n + s.data.filter((v) => v > 0).length, 0),
      lines: o.series.filter((s) => s.type === 'line').length };
  });
  check(opt.bars === points && opt.lines === 2, `chart draws quad-class bars and a Goldstein line per direction (${JSON.stringify(opt)})`);

  // The event list shows the dyad's evidence sentences with highlighted spans.
  await page.waitForFunction(() => document.querySelector('#events-title').textContent.includes('KOR – RUS'));
  await page.waitForSelector('#events li[data-testid=event] .sentence');
  // The title changes before the list is refetched: wait until the list shows the dyad's events
  // (the partner-less list of KOR shown first is replaced); a list that never updates times out.
  await page.waitForFunction(() => {
    const heads = [...document.querySelectorAll('#events li[data-testid=event] .ev-head')];
    return heads.length > 0 && heads.every((h) => h.textContent.includes('KOR') && h.textContent.includes('RUS'));
  });
  const ev = await page.evaluate(() => {
    const items = [...document.querySelectorAll('#events li[data-testid=event]')];
    const first = items[0];
    return { n: items.length, text: first.querySelector('.sentence').textContent,
      marks: [...new Set([...document.querySelectorAll('#events .sentence mark')].map((m) => m.className))],
      head: first.querySelector('.ev-head').textContent };
  });
  check(ev.n > 0 && ev.text.trim().length > 10, `event list shows an evidence sentence: "${ev.text.slice(0, 80)}"`);
  check(ev.marks.includes('source') || ev.marks.includes('target') || ev.marks.includes('verb'),
    `evidence has highlighted spans (${ev.marks.join(',')})`);
  check(/KOR/.test(ev.head) && /RUS/.test(ev.head), `event head names the dyad: "${ev.head.slice(0, 60)}"`);

  // Click on the chart at the busiest period of the busier panel (KOR -> RUS on top, RUS -> KOR below).
  const target = await page.evaluate(() => {
    const c = window.__dyad.chart;
    const o = c.getOption();
    let best = null;
    for (const g of [0, 1]) {
      const bars = o.series.filter((s) => s.type === 'bar' && s.xAxisIndex === g);
      const totals = o.xAxis[g].data.map((_, i) => bars.reduce((n, s) => n + (s.data[i] || 0), 0));
      const idx = totals.indexOf(Math.max(...totals));
      if (!best || totals[idx] > best.n) {
        const [x, y] = c.convertToPixel({ xAxisIndex: g, yAxisIndex: 2 * g }, [idx, 0]);
        best = { g, idx, period: o.xAxis[g].data[idx], n: totals[idx], x, y: y - 3 };
      }
    }
    return best;
  });
  const box = await page.locator('#chart').boundingBox();
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForFunction((p) => document.querySelector('#events-title').textContent.includes(p), target.period);
  await page.waitForFunction(() => document.querySelector('#events li[data-testid=event]'));
  // As above, the title can change before the list: wait for the period's own events (or time out).
  await page.waitForFunction((m) => {
    const heads = [...document.querySelectorAll('#events .ev-head')];
    return heads.length > 0 && heads.every((h) => h.textContent.startsWith(m));
  }, target.period.slice(0, 7));
  const clicked = await page.evaluate(() => ({
    status: document.querySelector('#events-status').textContent,
    dates: [...document.querySelectorAll('#events .ev-head')].map((h) => h.textContent.slice(0, 10)),
    heads: [...document.querySelectorAll('#events .ev-head b:first-of-type')].map((b) => b.textContent.slice(0, 3)),
  }));
  const month = target.period.slice(0, 7);
  check(clicked.dates.length > 0 && clicked.dates.every((d) => d.startsWith(month)),
    `clicking ${target.period} (${target.g ? 'RUS -> KOR' : 'KOR -> RUS'}) lists that period's events (${clicked.status}; expected ${target.n})`);
  check(clicked.heads.every((h) => h === (target.g ? 'RUS' : 'KOR')), 'the listed events go in the clicked direction');
  check(clicked.status.startsWith(String(target.n) + ' ') || clicked.status.startsWith(target.n.toLocaleString() + ' '),
    'the period\'s event count matches its bar');

  // Map and network.
  await page.waitForFunction(() => Number(document.querySelector('#map').dataset.countries || 0) > 0);
  check(true, `map coloured for ${await page.evaluate(() => document.querySelector('#map').dataset.countries)} partner countries`);
  await page.waitForFunction(() => Number(document.querySelector('#network').dataset.nodes || 0) > 1);
  check(true, `network shows ${await page.evaluate(() => document.querySelector('#network').dataset.nodes)} nodes`);

  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: args.screenshot, fullPage: true });
  console.log(`screenshot: ${args.screenshot}`);
  check(foreign.length === 0, `no request left the machine${foreign.length ? ': ' + foreign.join(' ') : ''}`);
  check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join(' | ') : ''}`);
} catch (e) {
  console.log(`FAIL ${e.stack || e}`);
  failures++;
} finally {
  if (browser) await browser.close();
  proc.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
}
console.log(failures ? `browser test: ${failures} check(s) failed` : 'browser test: all checks passed');
process.exit(failures ? 1 : 0);
