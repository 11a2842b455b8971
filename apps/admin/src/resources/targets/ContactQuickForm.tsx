import { Card, CardContent, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CreateBase,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { ShanghaiDateTimeInput } from '../../components/inputs';
import { contactKindChoices } from '../../config/domain';
import { ParticipantsInput } from '../contacts';
import { timelineKey } from './Timeline';

/** "Log a contact" right on the target page: what happened, and when to follow up next. */
export function ContactQuickForm({ targetId, onSaved }: { targetId: Identifier; onSaved?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  // A new key after each save gives a fresh, empty form.
  const [round, setRound] = useState(0);
  const onSuccess = async () => {
    notify('crm.target.log_saved', { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: timelineKey(targetId) });
    refresh();
    setRound((r) => r + 1);
    onSaved?.();
  };
  return (
    <Card variant="outlined" data-testid="contact-quick-form">
      <CardContent>
        <Typography variant="h6">{translate('crm.target.log_contact')}</Typography>
        <CreateBase
          key={round}
          resource="contact-logs"
          redirect={false}
          mutationOptions={{ onSuccess }}
          record={{ targetId: Number(targetId), kind: 'visit', at: new Date().toISOString() }}
        >
          <SimpleForm
            toolbar={
              <Toolbar>
                <SaveButton label="ra.action.save" />
              </Toolbar>
            }
            sx={{ p: 0 }}
          >
            <SelectInput source="kind" choices={contactKindChoices} validate={required()} />
            <ShanghaiDateTimeInput source="at" validate={required()} />
            <TextInput source="summary" validate={required()} multiline fullWidth minRows={2} />
            <TextInput source="outcome" fullWidth />
            <ParticipantsInput targetId={targetId} />
            <TextInput source="participants" fullWidth />
            <ShanghaiDateTimeInput source="nextFollowUpAt" />
          </SimpleForm>
        </CreateBase>
      </CardContent>
    </Card>
  );
}
