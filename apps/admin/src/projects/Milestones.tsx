import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Box, Chip, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { TextInput, useTranslate } from 'react-admin';
import { FormDialog } from './FormDialog';
import type { Light, Milestone, Project } from './projectApi';

const LIGHT_COLOR: Record<Light, 'success' | 'default' | 'info' | 'warning' | 'error'> = {
  done: 'success',
  unplanned: 'default',
  green: 'info',
  yellow: 'warning',
  red: 'error',
};
const BORDER: Record<Light, string> = { done: 'success.main', unplanned: 'divider', green: 'info.light', yellow: 'warning.main', red: 'error.main' };

const dateInput = (source: string, label: string) => (
  <TextInput source={source} label={label} type="date" fullWidth slotProps={{ inputLabel: { shrink: true } }} parse={(v: string) => v || null} />
);

/** The four milestones in order, each with its planned and actual date and its light; writers record dates. */
export function Milestones({
  project,
  canWrite,
  onSave,
}: {
  project: Project;
  canWrite: boolean;
  onSave: (m: Milestone, values: Record<string, unknown>) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const [editing, setEditing] = useState<Milestone | null>(null);
  const name = (m: Milestone) => translate(`signing.milestone.${m.kind}`);
  const status = (m: Milestone) => {
    if (m.light === 'done') return m.daysLate > 0 ? translate('signing.project.done_late', { days: m.daysLate }) : translate('signing.project.done_on_time');
    if (m.light === 'yellow' || m.light === 'red') return translate('signing.project.days_late', { days: m.daysLate });
    return translate(`signing.light.${m.light}`);
  };
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', xl: 'repeat(4, 1fr)' }, gap: 1 }} data-testid="milestones">
        {project.milestones.map((m, i) => (
          <Paper
            key={m.kind}
            variant="outlined"
            sx={{ p: 1.25, borderLeft: 4, borderLeftColor: BORDER[m.light] }}
            data-testid={`milestone-${m.kind}`}
            data-light={m.light}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 0.5 }}>
              <Typography variant="subtitle2" noWrap>{`${i + 1}. ${name(m)}`}</Typography>
              {canWrite && (
                <Tooltip title={translate('signing.project.edit_milestone', { name: name(m) })}>
                  <IconButton size="small" onClick={() => setEditing(m)} aria-label={translate('signing.project.edit_milestone', { name: name(m) })}>
                    <EditCalendarIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            </Box>
            <Typography variant="body2" color="text.secondary" noWrap>
              {translate('signing.project.planned')} {m.plannedOn ?? translate('signing.project.not_set')}
            </Typography>
            <Typography variant="body2" noWrap>
              {translate('signing.project.actual')} {m.actualOn ?? '—'}
            </Typography>
            <Chip
              size="small"
              sx={{ mt: 0.5 }}
              color={LIGHT_COLOR[m.light]}
              variant={m.light === 'unplanned' || m.light === 'green' ? 'outlined' : 'filled'}
              label={status(m)}
            />
          </Paper>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
        {translate('signing.project.thresholds', { yellow: project.thresholds.yellowDays, red: project.thresholds.redDays })}
        {project.landing ? ` · ${translate('signing.project.landing_feeds')}` : ''}
      </Typography>
      {editing && (
        <FormDialog
          open
          testId="milestone-dialog"
          title={translate('signing.project.edit_milestone', { name: name(editing) })}
          defaultValues={{ plannedOn: editing.plannedOn, actualOn: editing.actualOn }}
          onClose={() => setEditing(null)}
          onSubmit={(values) => onSave(editing, values)}
        >
          {dateInput('plannedOn', translate('signing.field.plannedOn'))}
          {dateInput('actualOn', translate('signing.field.actualOn'))}
        </FormDialog>
      )}
    </>
  );
}
