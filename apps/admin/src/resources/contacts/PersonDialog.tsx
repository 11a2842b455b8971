import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { HttpError, useTranslate } from 'react-admin';
import { PERSON_FIELDS, type ContactPerson, type PersonForm } from './personModel';

const LABEL: Record<(typeof PERSON_FIELDS)[number], string> = {
  name: 'people.persons.name',
  title: 'people.persons.title_field',
  phone: 'people.persons.phone',
  email: 'people.persons.email',
  wechat: 'people.persons.wechat',
  notes: 'people.persons.notes',
};

const blank = (p?: Partial<ContactPerson>): PersonForm => ({
  name: p?.name ?? '',
  title: p?.title ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
  wechat: p?.wechat ?? '',
  notes: p?.notes ?? '',
});

/** Add or edit one person; the API's field messages show under the inputs. */
export function PersonDialog(props: {
  open: boolean;
  person?: ContactPerson;
  initialName?: string;
  onClose: () => void;
  onSave: (form: PersonForm) => Promise<void>;
}) {
  const translate = useTranslate();
  const [form, setForm] = useState<PersonForm>(() => blank(props.person ?? { name: props.initialName }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      await props.onSave(form);
    } catch (e) {
      const raw = (e instanceof HttpError ? (e.body as { errors?: Record<string, unknown> })?.errors : undefined) ?? {};
      const byField = Object.fromEntries(
        Object.entries(raw).filter(([k, v]) => typeof v === 'string' && (PERSON_FIELDS as readonly string[]).includes(k)),
      ) as Record<string, string>;
      setErrors(Object.keys(byField).length ? byField : { _: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="xs" data-testid="person-dialog">
      <DialogTitle>{translate(props.person ? 'people.persons.edit' : 'people.persons.add')}</DialogTitle>
      <DialogContent>
        {errors._ && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {errors._}
          </Alert>
        )}
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {PERSON_FIELDS.map((f) => (
            <TextField
              key={f}
              name={f}
              label={translate(LABEL[f])}
              value={form[f] ?? ''}
              required={f === 'name'}
              multiline={f === 'notes'}
              minRows={f === 'notes' ? 2 : undefined}
              type={f === 'phone' ? 'tel' : f === 'email' ? 'email' : 'text'}
              inputMode={f === 'phone' ? 'tel' : undefined}
              error={!!errors[f]}
              helperText={errors[f]}
              size="small"
              onChange={(e) => setForm({ ...form, [f]: e.target.value })}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={saving || !form.name?.trim()} onClick={save}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
