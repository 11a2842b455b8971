import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useECharts } from '../lib/useECharts';

// Only what the cockpit draws, so its lazy chunk stays small.
echarts.use([BarChart, FunnelChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts canvas; the option is replaced whenever it changes. */
export function EChart({ option, height = 280, label }: { option: object; height?: number; label: string }) {
  const el = useECharts(option as echarts.EChartsCoreOption, { height });
  return <div ref={el} style={{ width: '100%', height }} role="img" aria-label={label} data-testid="cockpit-chart" />;
}
