import type * as echarts from 'echarts/core';
import { init } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * One ECharts canvas bound to a div: created on mount, resized with the window (and when
 * `height` changes), disposed on unmount; `option` replaces the chart's option whenever it
 * changes, and `onClick` gets the clicked item's data. The div's data-rendered is "true" once the
 * current option is drawn. Each caller registers the chart types
 * and components it draws (echarts.use) so its lazy chunk carries only those.
 */
export function useECharts(option: echarts.EChartsCoreOption, opts: { height?: number; onClick?: (data: unknown) => void } = {}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(opts.onClick);
  click.current = opts.onClick;

  useEffect(() => {
    if (!el.current) return;
    const c = init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => click.current?.(p.data));
    // Drawn, animations included: what a test (or a screenshot) waits for instead of a sleep.
    c.on('finished', () => el.current?.setAttribute('data-rendered', 'true'));
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    el.current?.setAttribute('data-rendered', 'false');
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [opts.height]);

  return el;
}
