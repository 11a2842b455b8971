import {
  Alert,
  Box,
  Button,
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
import { useEffect, useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { apiJson } from '../providers/http';
import { differingFields, type FirmRecord, type MergePreview, shown } from './poolModel';

/** 数据来源 as a person reads it: 企查查 · 2026-11-30 (the export date travels with the source). */
function registrySourceText(firm: FirmRecord, t: (key: string, options?: object) => string): string {
  const source = firm.registrySource;
  if (typeof source !== 'string' || !source) return shown(source);
  const label = t(`pool.source.${source}`, { _: source });
  return typeof firm.registryExportedOn === 'string' && firm.registryExportedOn ? `${label} · ${firm.registryExportedOn}` : label;
}

/** Field by field: each differing field takes the kept firm's value or the other's. */
export function MergeDialog({ survivorId, mergedId, onClose }: { survivorId: number; mergedId: number; onClose: (done: boolean) => void }) {
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
                              {f === 'registrySource' ? registrySourceText(preview[side], t) : shown(preview[side][f])}
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
