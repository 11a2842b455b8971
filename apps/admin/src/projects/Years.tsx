import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { NumberInput, required, useTranslate } from 'react-admin';
import { formatMoney, formatNumber } from '../lib/format';
import { FormDialog } from './FormDialog';
import type { Project } from './projectApi';

/** Yearly actual output, tax and jobs, the agreed figures beside them. */
export function Years({ project, canWrite, onSave }: { project: Project; canWrite: boolean; onSave: (values: Record<string, unknown>) => Promise<unknown> }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  return (
    <Box data-testid="years">
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('signing.project.against_signed', { output: formatMoney(project.signedOutput), jobs: formatNumber(project.signedJobs) })}
        </Typography>
        {canWrite && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            {translate('signing.project.add_year')}
          </Button>
        )}
      </Box>
      {project.years.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('signing.project.year')}</TableCell>
              <TableCell align="right">{translate('signing.field.output')}</TableCell>
              <TableCell align="right">{translate('signing.field.tax')}</TableCell>
              <TableCell align="right">{translate('signing.field.jobs')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {project.years.map((y) => (
              <TableRow key={y.year}>
                <TableCell>{y.year}</TableCell>
                <TableCell align="right">{formatMoney(y.output)}</TableCell>
                <TableCell align="right">{formatMoney(y.tax)}</TableCell>
                <TableCell align="right">{formatNumber(y.jobs)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('signing.project.no_years')}
        </Typography>
      )}
      {open && (
        <FormDialog
          open
          title={translate('signing.project.add_year')}
          defaultValues={{ year: thisYear, output: null, tax: null, jobs: null }}
          onClose={() => setOpen(false)}
          onSubmit={onSave}
        >
          <NumberInput source="year" label={translate('signing.project.year')} fullWidth validate={required()} />
          <NumberInput source="output" label={translate('signing.field.output')} fullWidth />
          <NumberInput source="tax" label={translate('signing.field.tax')} fullWidth />
          <NumberInput source="jobs" label={translate('signing.field.jobs')} fullWidth />
        </FormDialog>
      )}
    </Box>
  );
}
