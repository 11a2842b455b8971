import DescriptionIcon from '@mui/icons-material/Description';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import TableChartIcon from '@mui/icons-material/TableChart';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../lib/download';
import { query } from '../providers/url';

/** The filters the pipeline workbook and 周报 honour (the API's TargetFilterDto). */
export interface ReportFilters {
  chainId?: unknown;
  ownerId?: unknown;
  method?: unknown;
  stage?: unknown;
}

const pick = (f: ReportFilters = {}) => ({ chainId: f.chainId, ownerId: f.ownerId, method: f.method, stage: f.stage });

function useDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (path: string, fallback: string) => {
    setBusy(true);
    try {
      await downloadFile(path, fallback);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** 招商项目表: the pipeline workbook for the current filters (targets list, board). */
export function PipelineWorkbookButton({ filters }: { filters?: ReportFilters }) {
  const t = useTranslate();
  const { busy, run } = useDownload();
  return (
    <Button size="small" startIcon={<TableChartIcon />} disabled={busy} onClick={() => run(`/exports/pipeline.xlsx${query(pick(filters))}`, 'pipeline.xlsx')}>
      {t('excel.export.pipeline')}
    </Button>
  );
}

/** 周报 with a week picker (this week by default, Asia/Shanghai; the API takes 2026-W12). */
export function WeeklyReportButton({ filters }: { filters?: ReportFilters }) {
  const t = useTranslate();
  const { busy, run } = useDownload();
  const [open, setOpen] = useState(false);
  const [week, setWeek] = useState('');
  return (
    <>
      <Button size="small" startIcon={<DescriptionIcon />} disabled={busy} onClick={() => setOpen(true)}>
        {t('excel.export.weekly')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{t('excel.export.weekly_title')}</DialogTitle>
        <DialogContent>
          <TextField
            type="week"
            name="week"
            label={t('excel.export.week')}
            value={week}
            onChange={(e) => setWeek(e.target.value)}
            helperText={t('excel.export.week_help')}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ mt: 1, minWidth: 260 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy}
            onClick={async () => {
              await run(`/exports/weekly-report.xlsx${query({ ...pick(filters), week: week || undefined })}`, 'weekly-report.xlsx');
              setOpen(false);
            }}
          >
            {t('excel.export.download')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** 产业链招商手册 of one chain (chain page, chain map). */
export function HandbookButton({ chainId }: { chainId: number | string | undefined }) {
  const t = useTranslate();
  const { busy, run } = useDownload();
  if (!chainId) return null;
  return (
    <Button size="small" startIcon={<MenuBookIcon />} disabled={busy} onClick={() => run(`/exports/chains/${chainId}/handbook.xlsx`, 'handbook.xlsx')}>
      {t('excel.export.handbook')}
    </Button>
  );
}
