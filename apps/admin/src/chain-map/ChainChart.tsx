import { TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useECharts } from '../lib/useECharts';
import type { TreeNode } from './chainMapModel';

// Only the parts the map uses, so the lazy chunk stays small.
echarts.use([TreeChart, TooltipComponent, CanvasRenderer]);

/** The chain drawn as a left-to-right tree; clicking a link node reports its id. */
export function ChainChart({ tree, onSelect, height }: { tree: TreeNode; onSelect: (linkId: number) => void; height: number }) {
  const option = useMemo(
    () => ({
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
    }),
    [tree],
  );
  const el = useECharts(option, {
    height,
    onClick: (data) => {
      const linkId = (data as TreeNode | undefined)?.linkId;
      if (linkId) onSelect(linkId);
    },
  });
  return <div ref={el} style={{ width: '100%', height }} data-testid="chain-chart" role="img" aria-label={tree.name} />;
}
