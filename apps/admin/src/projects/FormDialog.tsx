import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import { fieldErrors } from './projectApi';

/**
 * A small form in a dialog: the API's refusals land under their inputs (in the reader's
 * language), anything else as a notification. `onSubmit` resolves when saved.
 */
export function FormDialog({
  open,
  title,
  defaultValues,
  onClose,
  onSubmit,
  children,
  testId,
}: {
  open: boolean;
  title: string;
  defaultValues: Record<string, unknown>;
  onClose: () => void;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  children: ReactNode;
  testId?: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (all: Record<string, unknown>) => {
    // Only this dialog's fields: the page's record context (the target) must not ride along.
    const values = Object.fromEntries(Object.keys(defaultValues).map((k) => [k, all[k]]));
    try {
      await onSubmit(values);
      notify('signing.project.saved', { type: 'success' });
      onClose();
      return undefined;
    } catch (e) {
      try {
        const errors = fieldErrors(e);
        // A refusal about a field this dialog does not show still has to be read somewhere.
        if (Object.keys(errors).some((k) => k !== 'root' && !(k in defaultValues))) notify((e as Error).message, { type: 'error' });
        return errors;
      } catch {
        notify((e as Error).message, { type: 'error' });
        return undefined;
      }
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" data-testid={testId}>
      <DialogTitle>{title}</DialogTitle>
      <Form record={defaultValues} defaultValues={defaultValues} onSubmit={submit}>
        <DialogContent sx={{ pt: 0 }}>{children}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
