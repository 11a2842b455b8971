import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime, formatNumber } from '../lib/format';
import { apiJson } from '../providers/http';
import type { ImportHistoryEntry } from './importModel';

/** 导入记录: who imported which file when, with the counts (the API shows a chain manager only their own). */
export function ImportHistory({ refreshKey }: { refreshKey: number }) {
  const t = useTranslate();
  const [rows, setRows] = useState<ImportHistoryEntry[]>([]);
  useEffect(() => {
    apiJson<ImportHistoryEntry[]>(`/imports?range=${encodeURIComponent('[0,19]')}`).then(setRows, () => setRows([]));
  }, [refreshKey]);
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {t('excel.import.history')}
        </Typography>
        {!rows.length ? (
          <Typography variant="body2" color="text.secondary">
            {t('excel.import.history_empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid="import-history">
            <TableHead>
              <TableRow>
                {['time', 'who', 'file', 'status', 'rows', 'created'].map((k) => (
                  <TableCell key={k}>{t(`excel.import.h.${k}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.committedAt ?? r.createdAt)}</TableCell>
                  <TableCell>{r.createdByName}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{r.fileName}</TableCell>
                  <TableCell>
                    <Chip size="small" color={r.status === 'committed' ? 'success' : 'default'} label={t(`excel.import.status.${r.status}`)} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {t('excel.import.rows_cell', { total: formatNumber(r.totalRows), valid: formatNumber(r.validRows), errors: formatNumber(r.errorRows) })}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.result
                      ? t('excel.import.created_cell', { firms: formatNumber(r.result.firmsCreated), targets: formatNumber(r.result.targetsCreated) })
                      : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
