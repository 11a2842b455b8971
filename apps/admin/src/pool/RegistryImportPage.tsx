import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { Title, useLocale, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { uploadFile } from '../lib/download';
import { formatNumber, shanghaiToday } from '../lib/format';
import { apiJson } from '../providers/http';
import { REGISTRY_SOURCES, type RegistryPreview } from './poolModel';

/** 企业库导入: a registry export (企查查/天眼查/启信宝) → preview with per-row errors and the duplicates report → commit. */
export function RegistryImportPage() {
  const t = useTranslate();
  const notify = useNotify();
  const zh = useLocale().startsWith('zh');
  const input = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<string>('qichacha');
  const [exportedOn, setExportedOn] = useState(shanghaiToday());
  const [preview, setPreview] = useState<RegistryPreview>();
  const [busy, setBusy] = useState<'upload' | 'commit'>();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    setPreview(undefined);
    setBusy('upload');
    try {
      setPreview(await uploadFile<RegistryPreview>('/registry-imports', file, () => undefined, { source, exportedOn }));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(undefined);
    }
  };
  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    try {
      setPreview(await apiJson<RegistryPreview>(`/registry-imports/${preview.id}/commit`, { method: 'POST' }));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={t('pool.import.title')} />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('pool.import.help')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <TextField select size="small" label={t('pool.import.source')} value={source} onChange={(e) => setSource(e.target.value)} sx={{ minWidth: 160 }}>
              {REGISTRY_SOURCES.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`pool.source.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              type="date"
              label={t('pool.import.exported_on')}
              value={exportedOn}
              onChange={(e) => setExportedOn(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <Button
              variant="contained"
              startIcon={<UploadFileIcon />}
              onClick={() => input.current?.click()}
              disabled={!!busy || !exportedOn}
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {t('pool.import.upload')}
            </Button>
            <input ref={input} type="file" accept=".xlsx,.csv" hidden data-testid="registry-file" onChange={(e) => choose(e.target.files?.[0])} />
          </Stack>
          {busy && <LinearProgress sx={{ mt: 2 }} />}
          {preview && (
            <Box sx={{ mt: 3 }} data-testid="registry-preview">
              <Alert severity={preview.status === 'committed' ? 'success' : preview.errorRows ? 'warning' : 'info'} sx={{ mb: 2 }}>
                {preview.status === 'committed' && preview.result
                  ? t('pool.import.done', {
                      created: formatNumber(preview.result.firmsCreated),
                      updated: formatNumber(preview.result.firmsUpdated),
                      stale: formatNumber(preview.result.stale),
                    })
                  : t('pool.import.summary', {
                      name: preview.fileName,
                      total: formatNumber(preview.totalRows),
                      create: formatNumber(preview.willCreate),
                      update: formatNumber(preview.willUpdate),
                      duplicates: formatNumber(preview.duplicateRows),
                      errors: formatNumber(preview.errorRows),
                      stale: formatNumber(preview.stale),
                    })}
              </Alert>
              {preview.status === 'preview' && (
                <Button variant="contained" color="success" onClick={commit} disabled={!!busy || preview.willCreate + preview.willUpdate === 0} sx={{ mb: 2 }}>
                  {t('pool.import.commit', { count: formatNumber(preview.willCreate + preview.willUpdate) })}
                </Button>
              )}
              {preview.status === 'committed' && (
                <Button component={Link} to="/firm-duplicates" sx={{ mb: 2 }}>
                  {t('pool.menu.duplicates')}
                </Button>
              )}
              {preview.errors.length > 0 && (
                <Section title={t('pool.import.errors', { count: preview.errorRows })}>
                  <Table size="small" data-testid="registry-errors">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('pool.h.row')}</TableCell>
                        <TableCell>{t('pool.h.name')}</TableCell>
                        <TableCell>{t('pool.h.column')}</TableCell>
                        <TableCell>{t('pool.h.reason')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {preview.errors.map((e, i) => (
                        <TableRow key={i}>
                          <TableCell>{e.row}</TableCell>
                          <TableCell>{e.name}</TableCell>
                          <TableCell>{zh ? e.column : t(`pool.column.${e.column}`, { _: e.column })}</TableCell>
                          <TableCell>{zh ? e.reasonZh : e.reason}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Section>
              )}
              {preview.duplicates.length > 0 && (
                <Section title={t('pool.import.duplicates', { count: preview.duplicateRows })}>
                  <Table size="small" data-testid="registry-duplicates">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('pool.h.row')}</TableCell>
                        <TableCell>{t('pool.h.name')}</TableCell>
                        <TableCell>{t('pool.h.same_as')}</TableCell>
                        <TableCell>{t('pool.h.by')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {preview.duplicates.map((d) => (
                        <TableRow key={d.row}>
                          <TableCell>{d.row}</TableCell>
                          <TableCell>{d.name}</TableCell>
                          <TableCell>{t('pool.import.row_of', { row: d.duplicateOf, name: d.ofName })}</TableCell>
                          <TableCell>
                            <Chip size="small" label={t(`pool.by.${d.duplicateBy}`)} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Section>
              )}
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box sx={{ mb: 2, overflowX: 'auto' }}>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
