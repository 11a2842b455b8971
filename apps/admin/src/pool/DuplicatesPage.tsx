import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Radio,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import { apiJson } from '../providers/http';
import { differingFields, type FirmMerge, type MergePreview, shown, type SuspectGroup } from './poolModel';

/** 疑似重复企业 and 合并记录: pick the firm to keep, merge field by field; an admin may undo a merge. */
export function DuplicatesPage() {
  const t = useTranslate();
  const notify = useNotify();
  const { permissions: role } = usePermissions<string>();
  const [groups, setGroups] = useState<SuspectGroup[]>();
  const [merges, setMerges] = useState<FirmMerge[]>([]);
  const [pair, setPair] = useState<[number, number]>();
  const load = useCallback(() => {
    apiJson<SuspectGroup[]>(`/firm-duplicates?range=${encodeURIComponent('[0,99]')}`).then(setGroups, (e: Error) => notify(e.message, { type: 'error' }));
    apiJson<FirmMerge[]>(`/firm-merges?range=${encodeURIComponent('[0,19]')}`).then(setMerges, () => setMerges([]));
  }, [notify]);
  useEffect(load, [load]);

  const undo = async (m: FirmMerge) => {
    try {
      await apiJson(`/firm-merges/${m.id}/undo`, { method: 'POST' });
      notify('pool.merge.undone', { type: 'success' });
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
          {groups && !groups.length && <Alert severity="success">{t('pool.duplicates.none')}</Alert>}
          <Stack spacing={2} data-testid="duplicate-groups">
            {groups?.map((g) => (
              <Group key={g.firms.map((f) => f.id).join('-')} group={g} onMerge={(survivor, merged) => setPair([survivor, merged])} />
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
                          <Button size="small" onClick={() => undo(m)}>
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

function Group({ group, onMerge }: { group: SuspectGroup; onMerge: (survivor: number, merged: number) => void }) {
  const t = useTranslate();
  const [keep, setKeep] = useState(group.firms[0].id);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, overflowX: 'auto' }} data-testid="duplicate-group">
      <Typography variant="subtitle2" gutterBottom>
        {t('pool.duplicates.key', { key: group.key })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">{t('pool.h.keep')}</TableCell>
            <TableCell>{t('pool.h.name')}</TableCell>
            <TableCell>{t('pool.field.creditCode')}</TableCell>
            <TableCell>{t('pool.field.hqCity')}</TableCell>
            <TableCell>{t('pool.h.targets')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {group.firms.map((f) => (
            <TableRow key={f.id}>
              <TableCell padding="checkbox">
                <Radio size="small" checked={keep === f.id} onChange={() => setKeep(f.id)} slotProps={{ input: { 'aria-label': f.name } }} />
              </TableCell>
              <TableCell>{f.name}</TableCell>
              <TableCell>{f.creditCode ?? '—'}</TableCell>
              <TableCell>{f.hqCity ?? '—'}</TableCell>
              <TableCell>{f.targets}</TableCell>
              <TableCell>
                {f.id !== keep && (
                  <Button size="small" variant="outlined" onClick={() => onMerge(keep, f.id)}>
                    {t('pool.merge.into_kept')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** Field by field: each differing field takes the kept firm's value or the other's. */
function MergeDialog({ survivorId, mergedId, onClose }: { survivorId: number; mergedId: number; onClose: (done: boolean) => void }) {
  const t = useTranslate();
  const notify = useNotify();
  const [preview, setPreview] = useState<MergePreview>();
  const [choices, setChoices] = useState<Record<string, 'survivor' | 'merged'>>({});
  const [saving, setSaving] = useState(false);
  const phone = useMediaQuery('(max-width:600px)');
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    apiJson<MergePreview>(`/firm-merges/preview?survivorId=${survivorId}&mergedId=${mergedId}`).then(
      (p) => {
        setPreview(p);
        // Default as the API does: the kept firm's value, an empty one filled from the other.
        setChoices(Object.fromEntries(differingFields(p).map((f) => [f, shown(p.survivor[f]) === '—' ? 'merged' : 'survivor'])));
      },
      (e: Error) => {
        notify(e.message, { type: 'error' });
        close.current(false);
      },
    );
  }, [survivorId, mergedId, notify]);

  const submit = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      await apiJson('/firm-merges', {
        method: 'POST',
        body: { survivorId, mergedId, survivorVersion: preview.survivor.version, mergedVersion: preview.merged.version, choices },
      });
      notify('pool.merge.done', { type: 'success' });
      onClose(true);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      setSaving(false);
    }
  };
  const moves = preview ? Object.entries(preview.moves).filter(([, n]) => n > 0) : [];
  return (
    <Dialog open fullWidth fullScreen={phone} maxWidth="md" onClose={() => onClose(false)} data-testid="merge-dialog">
      <DialogTitle>{t('pool.merge.title')}</DialogTitle>
      <DialogContent sx={{ px: { xs: 1, sm: 3 } }}>
        {preview && (
          <>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" sx={{ minWidth: 480 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('pool.h.field')}</TableCell>
                    <TableCell>{t('pool.merge.kept', { name: preview.survivor.name })}</TableCell>
                    <TableCell>{t('pool.merge.other', { name: preview.merged.name })}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {differingFields(preview).map((f) => (
                    <TableRow key={f}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`pool.field.${f}`)}</TableCell>
                      {(['survivor', 'merged'] as const).map((side) => (
                        <TableCell key={side}>
                          <Stack direction="row" sx={{ alignItems: 'center' }}>
                            <Radio
                              size="small"
                              checked={choices[f] === side}
                              onChange={() => setChoices((c) => ({ ...c, [f]: side }))}
                              slotProps={{
                                input: { 'aria-label': `${t(`pool.field.${f}`)} ${side === 'survivor' ? preview.survivor.name : preview.merged.name}` },
                              }}
                            />
                            <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                              {shown(preview[side][f])}
                            </Typography>
                          </Stack>
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <Alert severity="info" sx={{ mt: 2 }}>
              {t('pool.merge.explain', { name: preview.merged.name })}
              {moves.length > 0 &&
                ` ${t('pool.merge.moves')}${moves.map(([table, n]) => `${t(`pool.table.${table}`, { _: table })} ${n}`).join(t('pool.list_sep'))}`}
            </Alert>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={!preview || saving}>
          {t('pool.merge.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
