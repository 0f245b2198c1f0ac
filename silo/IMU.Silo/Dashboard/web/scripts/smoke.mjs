// Smoke run of the built page in Debian's Chromium against the fixture API: screenshots of the
// views, a hold decision and live progress on the demo fixture, and the time until the fleet view
// of the large fixture is rendered and interactive. Run `npm run build` first.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`${executablePath} not found: install Debian's Chromium with 'apt-get install -y chromium' (or set CHROMIUM)`);
  process.exit(2);
}
const out = new URL('../test-results/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const runs = Number(process.env.SMOKE_RUNS ?? 5);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/**
 * The CPU time the page's main thread used (thread time of its tasks, from Chromium's trace): unlike
 * wall time it hardly grows when other processes load the machine, so runs on a busy box compare.
 */
async function traceMainThread(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      return events.filter((e) => e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined).reduce((sum, e) => sum + e.tdur, 0) / 1000;
    },
  };
}

async function serve(fixture) {
  process.env.IMU_FIXTURE = fixture;
  process.env.IMU_FIXTURE_TICK_MS = '500';
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  return { server, url: server.resolvedUrls.local[0] };
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const demo = await serve('demo');
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    page.on('dialog', (d) => d.accept());
    await page.goto(`${demo.url}#/fleet`);
    await page.waitForSelector('.fleet[data-rows="12"] [data-lpar="SYS012"]');
    check((await page.locator('.track .win').count()) >= 12, 'every demo LPAR shows an IPL window');
    check((await page.locator('.drift').count()) >= 1, 'level drift is shown for a sysplex');
    await page.screenshot({ path: `${out}fleet-1280.png`, fullPage: true });
    await page.click('#needs-ipl');
    await page.waitForSelector('.fleet[data-filter="needs-ipl"]');
    check(
      (await page.locator('.grid [role="row"][data-lpar]').count()) === (await page.locator('.row.needs-ipl').count()),
      'Needs IPL keeps only LPARs that need one',
    );

    // Keyboard only: Tab from the top reaches the first LPAR, Enter opens its drill-down.
    await page.click('#needs-ipl');
    await page.waitForSelector('.fleet[data-filter="none"]');
    await page.evaluate(() => document.activeElement?.blur());
    let reached = null;
    for (let tab = 0; tab < 40 && !reached; tab++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.closest('[data-lpar]') ? document.activeElement.textContent : null));
    }
    check(reached === 'SYS001', `Tab reaches the first LPAR (${reached})`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lpar h1:focus');
    check(true, 'Enter on it opens the drill-down with the focus on its title');

    await page.goto(`${demo.url}#/rollouts/rsu2612`);
    await page.waitForSelector('.rollout .hold');
    await page.screenshot({ path: `${out}rollout-1280.png`, fullPage: true });
    const before = await page.locator('[data-lpar="SYS007"]').first().getAttribute('data-state');
    await page.fill('input[id$="-reason"]', 'PE fix UJ90009 not needed on PLEXB: NIP path not used');
    await page.click('button:has-text("Bypass hold")');
    await page.waitForSelector('.audit td:has-text("BYPASS(HOLDERROR(AE99001))")');
    check(true, 'a hold decision from the page is in the audit');
    await page.waitForFunction(
      (s) =>
        document.querySelector('.chip[data-lpar="SYS007"]')?.getAttribute('data-state') !== s &&
        document.querySelector('.chip[data-lpar="SYS007"]')?.getAttribute('data-state') !== 'PENDING',
      before,
      { timeout: 15000 },
    );
    check(
      true,
      `progress changes on screen without a reload (SYS007 ${before} → ${await page.locator('.chip[data-lpar="SYS007"]').getAttribute('data-state')})`,
    );

    await page.goto(`${demo.url}#/lpars/SYS005`);
    await page.waitForSelector('.lpar .zone');
    check((await page.locator('.why:has-text("waiting for window")').count()) > 0, 'drill-down says what a staged SYSMOD waits for');
    await page.screenshot({ path: `${out}lpar-1280.png`, fullPage: true });
    await page.goto(`${demo.url}#/sysmods/UJ90003`);
    await page.waitForSelector('.sysmod .hold-text');
    await page.screenshot({ path: `${out}sysmod-1280.png`, fullPage: true });
    await page.goto(`${demo.url}#/rollouts/plexa-usermod`);
    await page.waitForSelector('.rollout');
    check((await page.locator('text=group PLEXA failed on SYS003: APPLY RC 08').count()) > 0, 'a failed group says where and why');

    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'America/New_York' });
    const phone = await narrow.newPage();
    await phone.goto(`${demo.url}#/fleet`);
    await phone.waitForSelector('[data-lpar="SYS012"]');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow} px)`);
    await phone.screenshot({ path: `${out}fleet-390.png`, fullPage: false });
    await phone.goto(`${demo.url}#/rollouts/rsu2612`);
    await phone.waitForSelector('.rollout');
    await phone.screenshot({ path: `${out}rollout-390.png`, fullPage: false });
    await narrow.close();
    await context.close();
  } finally {
    await demo.server.close();
  }

  const large = await serve('large');
  try {
    const rendered = [];
    const inputToPaint = [];
    const interactive = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        window.__imuInputs = [];
        new PerformanceObserver((list) => window.__imuInputs.push(...list.getEntries().map((e) => e.toJSON()))).observe({
          type: 'event',
          durationThreshold: 0,
          buffered: true,
        });
      });
      const page = await context.newPage();
      const trace = await traceMainThread(page);
      await page.goto(`${large.url}#/fleet`, { waitUntil: 'commit' });
      await page.waitForSelector('.fleet[data-rows="1000"] [data-lpar="L0001"]');
      await page.waitForFunction(() => performance.getEntriesByName('imu:fleet-rendered').length > 0);
      const at = await page.evaluate(() => performance.getEntriesByName('imu:fleet-rendered')[0].startTime);
      // A real click as soon as the view is drawn; the Event Timing entry says how long until the
      // browser had handled it and painted the result (Playwright's own round trips are not in it).
      const box = await page.locator('#needs-ipl').boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('.fleet[data-filter="needs-ipl"]');
      await page.waitForFunction(() => window.__imuInputs.some((e) => e.name === 'click'));
      const click = await page.evaluate(() => window.__imuInputs.find((e) => e.name === 'click'));
      rendered.push(at);
      inputToPaint.push(click.duration);
      interactive.push(at + click.duration);
      cpu.push(await trace.stop());
      if (i === 0) {
        await page.click('#needs-ipl');
        await page.waitForSelector('.fleet[data-filter="none"]');
        await page.screenshot({ path: `${out}fleet-1000.png` });
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.row[data-lpar]')].some(
            (r) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().top < innerHeight && r.dataset.lpar > 'L0450',
          ),
        );
        check(true, 'scrolling half way renders the LPARs half way down');
      }
      await context.close();
    }
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms (${s.map((x) => x.toFixed(0)).join(', ')})`;
    };
    console.log(`1,000-LPAR fleet view drawn (navigation start to painted rows): ${stats(rendered)}`);
    console.log(`first click on it, input to next paint: ${stats(inputToPaint)}`);
    console.log(`1,000-LPAR fleet view rendered and interactive (sum): ${stats(interactive)}`);
    console.log(`renderer main-thread CPU time until then: ${stats(cpu)}`);
    check(Math.max(...interactive) < 1000, '1,000-LPAR fleet view rendered and interactive in under 1 s');
  } finally {
    await large.server.close();
  }
} finally {
  await browser.close();
}
console.log(`${runs > 0 ? '' : ''}${failures.length ? `${failures.length} check(s) failed` : 'all checks passed'}; screenshots in ${out}`);
process.exit(failures.length ? 1 : 0);
