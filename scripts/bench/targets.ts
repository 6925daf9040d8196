// Issues 9 and 10's targets, checked against one bench run.
import { BUNDLE_LIMITS } from './bundle-size';
import { CATEGORIES, type LighthouseReport } from './lighthouse';
import type { NodeSearchTiming, PageLatency } from './search-latency';
import { round } from './stats';

export interface SizeResult {
  size: number;
  /** The profile JSON the page loads, bytes. */
  jsonBytes: number;
  heapToJson: number;
  page: PageLatency;
  /** Plain Fuse in Node; null when not timed at this size. */
  fuse: NodeSearchTiming | null;
  own: NodeSearchTiming;
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null when the run did not measure that size. */
  met: boolean | null;
}

const SIXTY_HZ_FRAME_MS = 1000 / 60;
const ms = (value: number) => `${round(value, 1)} ms`;

export function targetChecks(results: readonly SizeResult[]): TargetCheck[] {
  const at = (size: number) => results.find((result) => result.size === size);
  const check = (
    size: number,
    target: string,
    measure: (result: SizeResult) => { measured: string; met: boolean },
  ): TargetCheck => {
    const result = at(size);
    return result ? { target, ...measure(result) } : { target, measured: 'not measured', met: null };
  };
  // One frame: 60 Hz, or this machine's slower frame when its requestAnimationFrame runs slower.
  const frame = (page: PageLatency) => Math.max(SIXTY_HZ_FRAME_MS, page.frameMs || 0);
  return [
    check(2_000, '2,000: p95 ≤ 16 ms, or ≤ echo p95 + 4 ms', ({ page }) => ({
      measured: `p95 ${ms(page.p95)}, echo p95 ${ms(page.echo.p95)}`,
      met: page.p95 <= Math.max(16, page.echo.p95 + 4),
    })),
    check(20_000, '20,000: p95 ≤ 50 ms', ({ page }) => ({
      measured: `p95 ${ms(page.p95)}`,
      met: page.p95 <= 50,
    })),
    check(20_000, '20,000: echo p95 within one frame', ({ page }) => ({
      measured: `echo p95 ${ms(page.echo.p95)}, frame ${ms(frame(page))}`,
      met: page.echo.p95 <= frame(page),
    })),
    check(20_000, '20,000: no task over 50 ms, first paint through typing', ({ page }) => ({
      measured: `${page.longTasks.count} (${page.longTasks.beforeTyping} loading, ${page.longTasks.duringTyping} typing, ${page.longTasks.whileClearing} clearing), longest ${ms(page.longTasks.longest)}`,
      met: page.longTasks.count === 0,
    })),
    check(20_000, '20,000: JS heap ≤ 3 × the JSON', ({ page, jsonBytes, heapToJson }) => ({
      measured: `${round(page.heapBytes / 1e6, 1)} MB / ${round(jsonBytes / 1e6, 1)} MB = ${round(heapToJson, 2)}×`,
      met: heapToJson <= 3,
    })),
    check(5_000, '5,000: plain Fuse (Node) ≥ 10 × the page, p50', ({ page, fuse }) =>
      fuse
        ? {
            measured: `${ms(fuse.p50)} / ${ms(page.p50)} = ${round(fuse.p50 / page.p50, 1)}× (p95 ${round(fuse.p95 / page.p95, 1)}×)`,
            met: fuse.p50 >= 10 * page.p50,
          }
        : { measured: 'plain Fuse not timed', met: false },
    ),
  ];
}

/** Lighthouse on the page in each language and on its floor (the same content, bare static HTML). */
export interface PageLighthouse {
  en: LighthouseReport;
  fr: LighthouseReport;
  floor: LighthouseReport;
}

/** Issue 9: the page's LCP at most this many times the floor's. */
export const LCP_TO_FLOOR_TARGET = 1.1;

export const lcpToFloor = ({ en, floor }: PageLighthouse) => en.median.lcp / floor.median.lcp;

/** Issue 9's targets; `lighthouse` is undefined when the run skipped Lighthouse. */
export function pageTargetChecks(
  lighthouse: PageLighthouse | undefined,
  firstViewJsGzip: number,
): TargetCheck[] {
  const notMeasured = (target: string): TargetCheck => ({ target, measured: 'not measured', met: null });
  const scores = (language: 'en' | 'fr', name: string): TargetCheck => {
    const target = `${name}: performance, accessibility, best practices, SEO 100`;
    if (!lighthouse) return notMeasured(target);
    const { scores } = lighthouse[language].median;
    return {
      target,
      measured: CATEGORIES.map((category) => scores[category]).join(' / '),
      met: CATEGORIES.every((category) => scores[category] === 100),
    };
  };
  const ratioTarget = `English LCP ≤ ${LCP_TO_FLOOR_TARGET} × the bare static floor`;
  return [
    scores('en', 'English'),
    scores('fr', 'French'),
    lighthouse
      ? {
          target: ratioTarget,
          measured: `${Math.round(lighthouse.en.median.lcp)} / ${Math.round(lighthouse.floor.median.lcp)} ms = ${round(lcpToFloor(lighthouse), 2)}×`,
          met: lcpToFloor(lighthouse) <= LCP_TO_FLOOR_TARGET,
        }
      : notMeasured(ratioTarget),
    {
      target: `first-view JS ≤ ${BUNDLE_LIMITS.jsGzip / 1000} kB gzip`,
      measured: `${round(firstViewJsGzip / 1000, 1)} kB`,
      met: firstViewJsGzip <= BUNDLE_LIMITS.jsGzip,
    },
  ];
}
