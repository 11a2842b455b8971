import { TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TreeNode } from './chainMapModel';

// Only the parts the map uses, so the lazy chunk stays small.
echarts.use([TreeChart, TooltipComponent, CanvasRenderer]);

/** The chain drawn as a left-to-right tree; clicking a link node reports its id. */
export function ChainChart({ tree, onSelect, height }: { tree: TreeNode; onSelect: (linkId: number) => void; height: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => {
      const data = p.data as TreeNode | undefined;
      if (data?.linkId) select.current(data.linkId);
    });
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        tooltip: { trigger: 'item', triggerOn: 'mousemove' },
        series: [
          {
            type: 'tree',
            data: [tree],
            top: 20,
            left: 140,
            bottom: 20,
            right: 260,
            orient: 'LR',
            symbol: 'circle',
            initialTreeDepth: -1,
            expandAndCollapse: false,
            roam: true,
            label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 13 },
            leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
            lineStyle: { width: 1.5 },
          },
        ],
      },
      { notMerge: true },
    );
  }, [tree]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={el} style={{ width: '100%', height }} data-testid="chain-chart" role="img" aria-label={tree.name} />;
}
