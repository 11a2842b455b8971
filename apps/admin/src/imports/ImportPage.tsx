import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Title, useLocale, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { downloadFile, uploadFile } from '../lib/download';
import { formatNumber } from '../lib/format';
import { apiJson } from '../providers/http';
import { ImportHistory } from './ImportHistory';
import { ACCEPT, badExtension, type ImportPreview, stepOf } from './importModel';

const STEPS = ['template', 'upload', 'preview', 'done'] as const;

/** 批量导入: template → upload (progress) → preview with every refused row → rejected rows → commit → result. */
export function ImportPage() {
  const t = useTranslate();
  const notify = useNotify();
  const zh = useLocale().startsWith('zh');
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ImportPreview>();
  const [upload, setUpload] = useState<{ name: string; sent: number; total: number }>();
  const [committing, setCommitting] = useState<number>();
  const [elapsed, setElapsed] = useState(0);
  const [historyKey, setHistoryKey] = useState(0);
  const step = stepOf(preview, committing !== undefined);

  useEffect(() => {
    if (committing === undefined && !upload) return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [committing, upload]);

  const download = (path: string, name: string) => downloadFile(path, name).catch((e: Error) => notify(e.message, { type: 'error' }));
  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    if (badExtension(file.name)) return notify('excel.import.bad_type', { type: 'error' });
    setPreview(undefined);
    setUpload({ name: file.name, sent: 0, total: file.size });
    try {
      setPreview(await uploadFile<ImportPreview>('/imports', file, (sent, total) => setUpload({ name: file.name, sent, total })));
      setHistoryKey((k) => k + 1);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setUpload(undefined);
    }
  };
  const commit = async () => {
    if (!preview) return;
    setCommitting(preview.validRows);
    try {
      await apiJson(`/imports/${preview.id}/commit`, { method: 'POST' });
      setPreview(await apiJson<ImportPreview>(`/imports/${preview.id}`));
      setHistoryKey((k) => k + 1);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setCommitting(undefined);
    }
  };
  const activeStep = { template: 0, upload: 1, preview: 2, committing: 2, done: 3 }[step];

  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('excel.import.title')} />
      <Card>
        <CardContent>
          <Stepper activeStep={activeStep} sx={{ mb: 3 }}>
            {STEPS.map((s) => (
              <Step key={s} completed={STEPS.indexOf(s) < activeStep}>
                <StepLabel>{t(`excel.import.step.${s}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => download('/imports/template.xlsx', 'import-template.xlsx')}>
              {t('excel.import.download_template')}
            </Button>
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={!!upload || committing !== undefined}>
              {t(preview ? 'excel.import.upload_again' : 'excel.import.upload')}
            </Button>
            <input ref={input} type="file" accept={ACCEPT} hidden data-testid="import-file" onChange={(e) => choose(e.target.files?.[0])} />
            <Typography variant="body2" color="text.secondary">
              {t('excel.import.upload_help')}
            </Typography>
          </Stack>
          {upload && (
            <Box sx={{ mt: 2 }} data-testid="upload-progress">
              <Typography variant="body2">
                {upload.sent < upload.total
                  ? t('excel.import.uploading', { name: upload.name, percent: Math.floor((upload.sent / Math.max(1, upload.total)) * 100) })
                  : t('excel.import.checking', { name: upload.name, seconds: elapsed })}
              </Typography>
              <LinearProgress variant={upload.sent < upload.total ? 'determinate' : 'indeterminate'} value={(upload.sent / Math.max(1, upload.total)) * 100} />
            </Box>
          )}
          {committing !== undefined && (
            <Box sx={{ mt: 2 }} data-testid="commit-progress">
              <Typography variant="body2">{t('excel.import.committing', { rows: formatNumber(committing), seconds: elapsed })}</Typography>
              <LinearProgress />
            </Box>
          )}
          {preview && step === 'preview' && (
            <PreviewPanel preview={preview} zh={zh} onCommit={commit} onRejected={() => download(`/imports/${preview.id}/rejected.xlsx`, 'rejected.xlsx')} />
          )}
          {preview && step === 'done' && preview.result && <ResultPanel preview={preview} />}
        </CardContent>
      </Card>
      <ImportHistory refreshKey={historyKey} />
    </Box>
  );
}

function PreviewPanel({ preview, zh, onCommit, onRejected }: { preview: ImportPreview; zh: boolean; onCommit: () => void; onRejected: () => void }) {
  const t = useTranslate();
  return (
    <Box sx={{ mt: 3 }} data-testid="import-preview">
      <Alert severity={preview.errorRows ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {t('excel.import.summary', {
          name: preview.fileName,
          total: formatNumber(preview.totalRows),
          valid: formatNumber(preview.validRows),
          errors: formatNumber(preview.errorRows),
          firms: formatNumber(preview.willCreate.firms),
          targets: formatNumber(preview.willCreate.targets),
          existing: formatNumber(preview.existingFirms),
        })}
      </Alert>
      {preview.errorRows > 0 && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1">{t('excel.import.errors_title', { count: formatNumber(preview.errorRows) })}</Typography>
            <Button size="small" startIcon={<DownloadIcon />} onClick={onRejected}>
              {t('excel.import.download_rejected')}
            </Button>
          </Stack>
          {preview.errors.length < preview.errorRows && (
            <Typography variant="body2" color="text.secondary">
              {t('excel.import.errors_truncated', { shown: preview.errors.length })}
            </Typography>
          )}
          <Box sx={{ maxHeight: 360, overflow: 'auto', mb: 2 }}>
            <Table size="small" stickyHeader aria-label={t('excel.import.errors_title', { count: preview.errorRows })}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 80 }}>{t('excel.import.row')}</TableCell>
                  <TableCell sx={{ width: 180 }}>{t('excel.import.column')}</TableCell>
                  <TableCell>{t('excel.import.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.errors.map((e, i) => (
                  <TableRow key={`${e.row}-${i}`} data-row={e.row}>
                    <TableCell>{e.row}</TableCell>
                    <TableCell>{e.column}</TableCell>
                    <TableCell>{zh ? e.reasonZh : e.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
      <Button variant="contained" color="primary" onClick={onCommit} disabled={!preview.validRows}>
        {t('excel.import.commit', { count: formatNumber(preview.validRows) })}
      </Button>
    </Box>
  );
}

function ResultPanel({ preview }: { preview: ImportPreview }) {
  const t = useTranslate();
  const r = preview.result!;
  const firmIds = r.createdFirmIds ?? [];
  const targetIds = r.createdTargetIds ?? [];
  const filterLink = (resource: string, ids: number[]) => `/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`;
  return (
    <Box sx={{ mt: 3 }} data-testid="import-result">
      <Alert severity="success" sx={{ mb: 2 }}>
        {t('excel.import.done', {
          firms: formatNumber(r.firmsCreated),
          updated: formatNumber(r.firmsUpdated),
          targets: formatNumber(r.targetsCreated),
          existing: formatNumber(r.targetsExisting),
        })}
      </Alert>
      <Stack direction="row" spacing={2}>
        {firmIds.length > 0 && (
          <Button component={Link} to={filterLink('firms', firmIds)}>
            {t('excel.import.open_firms', { count: firmIds.length })}
          </Button>
        )}
        {targetIds.length > 0 && (
          <Button component={Link} to={filterLink('targets', targetIds)}>
            {t('excel.import.open_targets', { count: targetIds.length })}
          </Button>
        )}
      </Stack>
      <CreatedFirms ids={firmIds.slice(0, 20)} />
    </Box>
  );
}

function CreatedFirms({ ids }: { ids: number[] }) {
  const [firms, setFirms] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    if (!ids.length) return;
    apiJson<{ id: number; name: string }[]>(
      `/firms?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}&range=${encodeURIComponent(JSON.stringify([0, ids.length - 1]))}`,
    ).then(setFirms, () => setFirms([]));
  }, [ids.join()]);
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap data-testid="created-firms">
      {firms.map((f) => (
        <Button key={f.id} size="small" variant="text" sx={{ textTransform: 'none' }} component={Link} to={`/firms/${f.id}/show`}>
          {f.name}
        </Button>
      ))}
    </Stack>
  );
}
