import { useEffect, useRef, useState } from 'react';

/** How often the inspector's tabs redraw at most while a solve streams plans. */
const INSPECTOR_REDRAW_MS = 250;

/**
 * `value`, passed on at most once per `intervalMs`: the first at once, and
 * the newest when the interval since the last one has passed, so the last
 * value of a burst is always shown. A solve streams progress four times a
 * second, and more often around its MIPs; the charts need not redraw that
 * often, and the map shares the thread.
 */
export function useThrottledValue<T>(value: T, intervalMs = INSPECTOR_REDRAW_MS): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const show = () => {
      shownAt.current = performance.now();
      setShown(value);
    };
    const wait = shownAt.current + intervalMs - performance.now();
    if (wait <= 0) return show();
    // A newer value clears this timer and sets its own for the same moment.
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
