import { Alert, Box, Button, Card, CardContent, Chip, Radio, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import type { Role } from '../config/domain';
import { can } from '../lib/permissions';
import { apiJson } from '../providers/http';
import { DismissalsCard } from './DismissalsCard';
import { MergeDialog } from './MergeDialog';
import { type DuplicateDismissal, type FirmMerge, isDismissed, type SuspectGroup } from './poolModel';

/**
 * 疑似重复企业, 合并记录 and 非重复记录: pick the firm to keep, merge field by field or mark the pair
 * 非重复; an admin may undo a merge or a mark. Others who may open it (chain managers) only read.
 */
export function DuplicatesPage() {
  const t = useTranslate();
  const notify = useNotify();
  const { permissions: role } = usePermissions<Role>();
  const mayMerge = can(role, 'edit', 'firm-duplicates');
  const [groups, setGroups] = useState<SuspectGroup[]>();
  const [merges, setMerges] = useState<FirmMerge[]>([]);
  const [dismissals, setDismissals] = useState<DuplicateDismissal[]>([]);
  const [pair, setPair] = useState<[number, number]>();
  const load = useCallback(() => {
    apiJson<SuspectGroup[]>(`/firm-duplicates?range=${encodeURIComponent('[0,99]')}`).then(setGroups, (e: Error) => notify(e.message, { type: 'error' }));
    apiJson<FirmMerge[]>(`/firm-merges?range=${encodeURIComponent('[0,19]')}`).then(setMerges, () => setMerges([]));
    apiJson<DuplicateDismissal[]>(`/firm-duplicates/dismissals?range=${encodeURIComponent('[0,19]')}`).then(setDismissals, () => setDismissals([]));
  }, [notify]);
  useEffect(load, [load]);

  const act = async (path: string, done: string, body?: unknown) => {
    try {
      await apiJson(path, { method: 'POST', body });
      notify(done, { type: 'success' });
      load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={t('pool.duplicates.title')} />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('pool.duplicates.help')}
          </Typography>
          {!mayMerge && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('pool.duplicates.admin_only')}
            </Alert>
          )}
          {groups && !groups.length && (
            <Alert severity="success" data-testid="duplicates-none">
              {t('pool.duplicates.none')}
            </Alert>
          )}
          <Stack spacing={2} data-testid="duplicate-groups">
            {groups?.map((g) => (
              <Group
                key={g.firms.map((f) => f.id).join('-')}
                group={g}
                mayMerge={mayMerge}
                onMerge={(survivor, merged) => setPair([survivor, merged])}
                onDismiss={(a, b) => act('/firm-duplicates/dismissals', 'pool.dismiss.done', { firmIds: [a, b] })}
              />
            ))}
          </Stack>
        </CardContent>
      </Card>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {t('pool.merge.history')}
          </Typography>
          {!merges.length ? (
            <Typography variant="body2" color="text.secondary">
              {t('pool.merge.history_empty')}
            </Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="merge-history">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('pool.h.time')}</TableCell>
                    <TableCell>{t('pool.h.kept')}</TableCell>
                    <TableCell>{t('pool.h.merged')}</TableCell>
                    <TableCell>{t('pool.h.who')}</TableCell>
                    <TableCell>{t('pool.h.state')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {merges.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.mergedAt)}</TableCell>
                      <TableCell>{m.survivorName}</TableCell>
                      <TableCell>{m.mergedName}</TableCell>
                      <TableCell>{m.mergedByName}</TableCell>
                      <TableCell>
                        <Chip size="small" color={m.state === 'merged' ? 'primary' : 'default'} label={t(`pool.merge.state.${m.state}`)} />
                      </TableCell>
                      <TableCell>
                        {role === 'admin' && m.state === 'merged' && (
                          <Button size="small" onClick={() => act(`/firm-merges/${m.id}/undo`, 'pool.merge.undone')}>
                            {t('pool.merge.undo')}
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
      <DismissalsCard
        dismissals={dismissals}
        mayUndo={role === 'admin'}
        onUndo={(d) => act(`/firm-duplicates/dismissals/${d.id}/undo`, 'pool.dismiss.undone')}
      />
      {pair && (
        <MergeDialog
          survivorId={pair[0]}
          mergedId={pair[1]}
          onClose={(done) => {
            setPair(undefined);
            if (done) load();
          }}
        />
      )}
    </Box>
  );
}

function Group({
  group,
  mayMerge,
  onMerge,
  onDismiss,
}: {
  group: SuspectGroup;
  mayMerge: boolean;
  onMerge: (survivor: number, merged: number) => void;
  onDismiss: (a: number, b: number) => void;
}) {
  const t = useTranslate();
  const [keep, setKeep] = useState(group.firms[0].id);
  const kept = group.firms.find((f) => f.id === keep) ?? group.firms[0];
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, overflowX: 'auto' }} data-testid="duplicate-group">
      <Typography variant="subtitle2" gutterBottom>
        {t('pool.duplicates.key', { key: group.key })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {mayMerge && <TableCell padding="checkbox">{t('pool.h.keep')}</TableCell>}
            <TableCell>{t('pool.h.name')}</TableCell>
            <TableCell>{t('pool.field.creditCode')}</TableCell>
            <TableCell>{t('pool.field.hqCity')}</TableCell>
            <TableCell>{t('pool.h.targets')}</TableCell>
            {mayMerge && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {group.firms.map((f) => (
            <TableRow key={f.id} data-firm-id={f.id}>
              {mayMerge && (
                <TableCell padding="checkbox">
                  <Radio size="small" checked={keep === f.id} onChange={() => setKeep(f.id)} slotProps={{ input: { 'aria-label': f.name } }} />
                </TableCell>
              )}
              <TableCell>{f.name}</TableCell>
              <TableCell>{f.creditCode ?? '—'}</TableCell>
              <TableCell>{f.hqCity ?? '—'}</TableCell>
              <TableCell>{f.targets}</TableCell>
              {mayMerge && (
                <TableCell>
                  {f.id !== keep &&
                    (isDismissed(group, keep, f.id) ? (
                      <Chip size="small" variant="outlined" label={t('pool.dismiss.marked')} />
                    ) : (
                      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        <Button size="small" variant="outlined" onClick={() => onMerge(keep, f.id)}>
                          {t('pool.merge.into_kept')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => onDismiss(keep, f.id)}
                          aria-label={t('pool.dismiss.mark_label', { a: kept.name, b: f.name })}
                          data-testid="dismiss-duplicate"
                        >
                          {t('pool.dismiss.mark')}
                        </Button>
                      </Stack>
                    ))}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
