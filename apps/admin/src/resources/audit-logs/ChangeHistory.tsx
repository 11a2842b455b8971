import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../../lib/format';
import { type AuditRow, ENTITY_RESOURCE, fieldChanges } from './auditModel';

/**
 * 变更记录 of one record: who changed which field from what to what, when — newest first. Reads the
 * audit trail, which the API opens to admins only; other roles do not see the panel.
 */
export function ChangeHistory({ entity, id }: { entity: string; id: number | string }) {
  const t = useTranslate();
  const { permissions: role } = usePermissions();
  const { data = [], isPending } = useGetList<AuditRow & { id: number }>(
    'audit-logs',
    { filter: { entity, entityId: String(id) }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: role === 'admin' },
  );
  if (role !== 'admin') return null;
  const resource = ENTITY_RESOURCE[entity] ?? entity;
  const rows = data.flatMap((a) => fieldChanges(a.changes, [t('ra.boolean.true'), t('ra.boolean.false')]).map((c, i) => ({ key: `${a.id}-${i}`, a, c })));
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="change-history">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {t('excel.history.panel')}
        </Typography>
        {!isPending && !rows.length ? (
          <Typography variant="body2" color="text.secondary">
            {t('excel.history.none')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {['at', 'who', 'field', 'from', 'to'].map((k) => (
                  <TableCell key={k}>{t(`excel.history.${k}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ key, a, c }) => (
                <TableRow key={key}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.at)}</TableCell>
                  <TableCell>{a.username ?? '—'}</TableCell>
                  <TableCell>{t(`resources.${resource}.fields.${c.field}`, { _: c.field })}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{c.from}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{c.to}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
