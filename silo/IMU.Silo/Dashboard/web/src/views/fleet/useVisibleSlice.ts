import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export interface Slice {
  first: number;
  last: number;
}

/** Items rendered beyond the viewport on each side, so Tab and small scrolls find rows ready. */
const overscan = 12;

/** The first index whose item ends below `y` (offsets has one more entry than there are items). */
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= y) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return Math.max(0, lo);
}

/**
 * Which items of a tall list (the page scrolls, not the list) intersect the viewport. Only those
 * are rendered, so the fleet view costs the same for 12 LPARs as for 10,000.
 */
export function useVisibleSlice(body: RefObject<HTMLElement | null>, offsets: Float64Array): Slice {
  const count = offsets.length - 1;
  const [slice, setSlice] = useState<Slice>({ first: 0, last: Math.min(count, 40) });
  useLayoutEffect(() => {
    let frame = 0;
    const update = (): void => {
      frame = 0;
      const element = body.current;
      if (!element || count === 0) {
        setSlice({ first: 0, last: 0 });
        return;
      }
      const top = element.getBoundingClientRect().top;
      const first = Math.max(0, indexAt(offsets, -top) - overscan);
      const last = Math.min(count, indexAt(offsets, innerHeight - top) + 1 + overscan);
      setSlice((s) => (s.first === first && s.last === last ? s : { first, last }));
    };
    const schedule = (): void => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [body, offsets, count]);
  return slice;
}

/** Row heights follow the layout: one line per LPAR on a wide screen, three on a narrow one. */
const narrowQuery = '(max-width: 760px)';

export interface RowHeights {
  lpar: number;
  sysplex: number;
}

const wide: RowHeights = { lpar: 36, sysplex: 32 };
const narrow: RowHeights = { lpar: 88, sysplex: 52 };

export function useRowHeights(): RowHeights {
  const [heights, setHeights] = useState(() => (matchMedia(narrowQuery).matches ? narrow : wide));
  useEffect(() => {
    const query = matchMedia(narrowQuery);
    const onChange = (): void => setHeights(query.matches ? narrow : wide);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return heights;
}
