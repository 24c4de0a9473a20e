import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** How one kind of chart is drawn from its value. Keep it stable (a constant, or memoised on what it is built from). */
export interface UplotChart<T> {
  /** The chart's options for its element; `shown` reads the value on screen, `showReadout` is the cursor's hook. */
  options: (element: HTMLElement, shown: () => T, showReadout: (u: uPlot) => void) => uPlot.Options;
  data: (value: T) => uPlot.AlignedData;
  /** What the readout says for the point under the cursor. */
  readout: (value: T, index: number) => string;
  /** The chart's size in its element, on mount and whenever the element resizes. */
  size: (element: HTMLElement) => { width: number; height: number };
}

/**
 * A uPlot chart in the returned `holder`, built once per `chart` and given
 * each new `value` with `setData`: rebuilding for every streamed plan would
 * cost a canvas, its listeners and a layout each time. Hovering writes the
 * point's text into the returned `readout`.
 */
export function useUplot<T>(value: T, chart: UplotChart<T>) {
  const holder = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLOutputElement>(null);
  const plot = useRef<uPlot | null>(null);
  // The chart's callbacks read the value shown, which changes without a rebuild.
  const shown = useRef(value);

  // Declared before the effect that builds the chart, so that on mount `shown` is set before the build reads it.
  useEffect(() => {
    shown.current = value;
    plot.current?.setData(chart.data(value));
  }, [value, chart]);

  useEffect(() => {
    const element = holder.current!;
    const showReadout = (u: uPlot) => {
      // React may detach the ref before this effect's cleanup destroys the chart.
      const out = readout.current;
      if (!out) return;
      const i = u.cursor.idx;
      out.textContent = i == null ? '' : chart.readout(shown.current, i);
    };
    const u = new uPlot(
      chart.options(element, () => shown.current, showReadout),
      chart.data(shown.current),
      element,
    );
    plot.current = u;
    const resize = new ResizeObserver(() => u.setSize(chart.size(element)));
    resize.observe(element);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [chart]);

  return { holder, readout };
}
