import { Box, Button, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import type { DuplicateDismissal } from './poolModel';

/** 非重复记录: which pairs were marked as two firms, by whom and when; an admin undoes a mark. */
export function DismissalsCard({
  dismissals,
  mayUndo,
  onUndo,
}: {
  dismissals: DuplicateDismissal[];
  mayUndo: boolean;
  onUndo: (d: DuplicateDismissal) => void;
}) {
  const t = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {t('pool.dismiss.history')}
        </Typography>
        {!dismissals.length ? (
          <Typography variant="body2" color="text.secondary">
            {t('pool.dismiss.history_empty')}
          </Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="dismissal-history">
              <TableHead>
                <TableRow>
                  <TableCell>{t('pool.h.time')}</TableCell>
                  <TableCell>{t('pool.h.firms')}</TableCell>
                  <TableCell>{t('pool.h.who')}</TableCell>
                  <TableCell>{t('pool.h.state')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {dismissals.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.dismissedAt)}</TableCell>
                    <TableCell>{t('pool.dismiss.pair', { a: d.firmLowName, b: d.firmHighName })}</TableCell>
                    <TableCell>{d.dismissedByName}</TableCell>
                    <TableCell>
                      <Chip size="small" color={d.state === 'dismissed' ? 'primary' : 'default'} label={t(`pool.dismiss.state.${d.state}`)} />
                    </TableCell>
                    <TableCell>
                      {mayUndo && d.state === 'dismissed' && (
                        <Button size="small" onClick={() => onUndo(d)}>
                          {t('pool.dismiss.undo')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
