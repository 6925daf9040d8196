// Where the page's main thread spends its time at one size: loading, then typing one query.
// `npx tsx scripts/bench/profile-page.ts 20000 "graph neural"` after `npm run bench` (it serves
// dist-bench/ with its synthetic profiles). Prints, per phase, the main thread's trace events by
// total time (script, style, layout, paint, GC) and the JS functions with the most self time.
import type { CDPSession, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { serveStatic } from '../../tests/e2e/support/static-server';
import { syntheticSlug } from './generate-profiles';
import { formatTable, round } from './stats';

const size = Number(process.argv[2] ?? 20_000);
const query = process.argv[3] ?? 'graph neural';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; lineNumber?: number; type?: string };
  };
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

function mainThreadEvents(trace: { traceEvents: TraceEvent[] }): TraceEvent[] {
  const main = trace.traceEvents.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  return trace.traceEvents.filter(
    (event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur,
  );
}

const INSIDE = new Set([
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'EvaluateScript',
  'MinorGC',
  'MajorGC',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'ParseHTML',
  'RunMicrotasks',
]);

/** The longest tasks, each with what took over 5 ms inside it. */
function longestTasks(events: TraceEvent[]): string[] {
  return events
    .filter((event) => event.name === 'RunTask')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 5)
    .map((task) => {
      const inside = events
        .filter(
          (event) =>
            INSIDE.has(event.name) &&
            event.ts >= task.ts &&
            event.ts < task.ts + task.dur! &&
            event.dur! > 5000,
        )
        .map((event) => {
          const data = event.args?.data;
          const where =
            data?.functionName || data?.url
              ? ` ${data.functionName ?? ''}@${data.url?.split('/').at(-1) ?? ''}`
              : data?.type
                ? ` ${data.type}`
                : '';
          return `${event.name}${where} ${round(event.dur! / 1000, 1)}`;
        });
      return `${round(task.dur! / 1000, 1)} ms: ${inside.join('; ')}`;
    });
}

function mainThreadTotals(events: TraceEvent[]): (string | number)[][] {
  const totals = new Map<string, number>();
  for (const event of events) {
    // Events dispatched (keydown, input, …) by type: what the echo waits for.
    const name =
      event.name === 'EventDispatch' ? `EventDispatch ${event.args?.data?.type ?? ''}` : event.name;
    totals.set(name, (totals.get(name) ?? 0) + event.dur! / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18)
    .map(([name, total]) => [name, round(total, 1)]);
}

function selfTimes(profile: CpuProfile): (string | number)[][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!;
    const file = frame.url.split('/').at(-1) ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, total]) => [name.slice(0, 90), round(total, 1)]);
}

async function phase(label: string, page: Page, cdp: CDPSession, action: () => Promise<void>): Promise<void> {
  const browser = page.context().browser()!;
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const started = Date.now();
  await action();
  const wall = Date.now() - started;
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  console.log(`\n${label} (${wall} ms wall): main-thread trace events, total ms (nested ones overlap)`);
  const events = mainThreadEvents(trace);
  console.log(formatTable([['event', 'ms'], ...mainThreadTotals(events)]));
  console.log(`\n${label}: the longest tasks (what took over 5 ms inside, ms)`);
  for (const line of longestTasks(events)) console.log(line);
  console.log(`\n${label}: JS self time, ms (sampled)`);
  console.log(formatTable([['function', 'ms'], ...selfTimes(profile)]));
}

const server = await serveStatic(resolve(process.env.BENCH_DIST_DIR ?? 'dist-bench'), { gzip: true });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await phase(`Loading ${size} publications until the index is ready`, page, cdp, async () => {
    await page.goto(new URL(`?profile=${syntheticSlug(size)}`, server.url).href);
    await page
      .locator('input[type="search"][data-index-ready="true"]')
      .waitFor({ state: 'attached', timeout: 60_000 });
  });
  const box = page.getByRole('searchbox', { name: 'Search publications' });
  await box.focus();
  await page.waitForTimeout(500);
  await phase(
    `Typing "${query}" (${[...query].length} keys, 250 ms apart, then 750 ms)`,
    page,
    cdp,
    async () => {
      for (const character of query) {
        await page.keyboard.press(character === ' ' ? 'Space' : character);
        await page.waitForTimeout(250);
      }
      await page.waitForTimeout(750);
    },
  );
} finally {
  await browser.close();
  await server.close();
}
