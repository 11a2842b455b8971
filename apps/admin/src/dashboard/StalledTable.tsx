import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Overview } from './cockpitApi';
import { useCockpitText } from './cockpitText';

const LEVEL_COLORS = { red: '#c62828', yellow: '#f9a825' } as const;

/** 停滞项目: live targets idle past their stage's threshold, red first by days idle. */
export function StalledTable({ stalled, limit = 15 }: { stalled: Overview['stalled']; limit?: number }) {
  const t = useCockpitText();
  const translate = useTranslate();
  if (!stalled.items.length) return <Typography color="text.secondary">{t('none_stalled')}</Typography>;
  return (
    <Table size="small" data-testid="stalled-table">
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell>{t('firm')}</TableCell>
          <TableCell>{t('chain')}</TableCell>
          <TableCell>{t('stage')}</TableCell>
          <TableCell>{t('owner')}</TableCell>
          <TableCell align="right">{t('idle_days')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stalled.items.slice(0, limit).map((s) => (
          <TableRow key={s.id} hover>
            <TableCell>
              <Chip size="small" label={t(s.level)} sx={{ bgcolor: LEVEL_COLORS[s.level], color: '#fff' }} />
            </TableCell>
            <TableCell>
              <Link to={`/targets/${s.id}/show`}>{s.firm}</Link>
            </TableCell>
            <TableCell>{s.chain}</TableCell>
            <TableCell>{translate(`crm.stage.${s.stage}`)}</TableCell>
            <TableCell>{s.owner}</TableCell>
            <TableCell align="right">{s.idleDays}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
