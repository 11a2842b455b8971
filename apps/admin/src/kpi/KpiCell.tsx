import { Box, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatNumber, formatPercent } from '../lib/format';
import type { KpiYearItem } from './kpiApi';
import { arithmeticParts, rateColor } from './kpiModel';

/** The formula with this cell's numbers, one hover away from the headline. */
function Explanation({ item }: { item: KpiYearItem }) {
  const translate = useTranslate();
  const parts = arithmeticParts(item);
  return (
    <Box sx={{ p: 0.5 }}>
      <Typography variant="body2">{translate('chainkpi.kpi.definition')}</Typography>
      {parts && (
        <Typography variant="body2" sx={{ mt: 1, fontWeight: 'bold' }}>
          {translate('chainkpi.kpi.arithmetic', parts)}
        </Typography>
      )}
      <Typography variant="caption" component="div" sx={{ mt: 1 }}>
        {translate('chainkpi.kpi.actual_how')}
      </Typography>
      {item.percentOfTarget !== null && (
        <Typography variant="caption" component="div">
          {translate('chainkpi.kpi.of_target', { percent: formatPercent(item.percentOfTarget) })}
        </Typography>
      )}
    </Box>
  );
}

/** One plan year of one metric: 新增完成率 as the headline, actual / target below, the arithmetic on hover. */
export function KpiCell({ item, unit }: { item: KpiYearItem | undefined; unit: string }) {
  const translate = useTranslate();
  if (!item) return <Typography color="text.secondary">—</Typography>;
  return (
    <Tooltip title={<Explanation item={item} />} placement="top" arrow>
      <Box
        data-testid="kpi-cell"
        data-year={item.year}
        data-rate={item.increaseRate ?? ''}
        data-actual={item.actual ?? ''}
        data-target={item.target}
        data-baseline={item.baseline ?? ''}
        sx={{ cursor: 'help' }}
      >
        <Typography variant="h6" component="div" sx={{ color: rateColor(item.increaseRate), lineHeight: 1.2 }}>
          {item.increaseRate === null ? (item.asked === 0 ? translate('chainkpi.kpi.no_rate') : '—') : formatPercent(item.increaseRate)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
          {translate('chainkpi.kpi.actual')} {formatNumber(item.actual)} / {translate('chainkpi.kpi.target')} {formatNumber(item.target)} {unit}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
          {translate('chainkpi.kpi.delivered')} {formatNumber(item.delivered)} / {translate('chainkpi.kpi.asked')} {formatNumber(item.asked)}
        </Typography>
      </Box>
    </Tooltip>
  );
}
