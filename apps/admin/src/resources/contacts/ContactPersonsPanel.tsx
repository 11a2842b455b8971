import AddIcon from '@mui/icons-material/PersonAddAlt1';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import LockIcon from '@mui/icons-material/LockOutlined';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  Link,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate, type Identifier } from 'react-admin';
import { usePunctuation } from '../../lib/usePunctuation';
import { formatDate } from '../../lib/format';
import { PersonDialog } from './PersonDialog';
import { createPerson, erasePerson, fetchPersonAccess, fetchPersons, personsKey, updatePerson, type ContactPerson, type PersonScope } from './personModel';

function PersonRow({ person, onEdit, onErase }: { person: ContactPerson; onEdit: () => void; onErase: () => void }) {
  const translate = useTranslate();
  const { colon } = usePunctuation();
  const details: [string, React.ReactNode][] = [];
  if (person.phone)
    details.push([
      'people.persons.phone',
      <Link key="p" href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>
        {person.phone}
      </Link>,
    ]);
  if (person.wechat) details.push(['people.persons.wechat', person.wechat]);
  if (person.email)
    details.push([
      'people.persons.email',
      <Link key="e" href={`mailto:${person.email}`}>
        {person.email}
      </Link>,
    ]);
  return (
    <Box data-testid="contact-person" sx={{ py: 1, borderTop: 1, borderColor: 'divider', display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>
          {person.name}
          {person.title && (
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
              {person.title}
            </Typography>
          )}
        </Typography>
        {person.personalDataVisible ? (
          <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.25 }}>
            {details.map(([label, value]) => (
              <Typography key={label} variant="body2">
                {translate(label)}
                {colon}
                {value}
              </Typography>
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <LockIcon sx={{ fontSize: 16 }} />
            {translate('people.persons.hidden')}
          </Typography>
        )}
        {person.personalDataVisible && person.notes && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {person.notes}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {person.knownByName && `${translate('people.persons.known_by')}${colon}${person.knownByName}`}
          {person.lastContactAt && (
            <Box
              component="span"
              sx={{ whiteSpace: 'nowrap' }}
            >{` · ${translate('people.persons.last_contact')}${colon}${formatDate(person.lastContactAt)}`}</Box>
          )}
        </Typography>
      </Box>
      {person.canEdit && (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          <Tooltip title={translate('people.persons.edit')}>
            <IconButton size="small" aria-label={translate('people.persons.edit')} onClick={onEdit}>
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={translate('people.persons.delete')}>
            <IconButton size="small" aria-label={translate('people.persons.delete')} onClick={onErase}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      )}
    </Box>
  );
}

/**
 * 联系人 of a firm (on the firm page) or of a target's firm (on the target page): who they are,
 * and their phone/WeChat/e-mail when the API shows them to the reader. Leaders only read.
 */
export function ContactPersonsPanel({ firmId, targetId }: { firmId: Identifier; targetId?: Identifier }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const scope: PersonScope = targetId !== undefined ? { targetId } : { firmId };
  const { data: persons = [], isPending } = useQuery({ queryKey: personsKey(scope), queryFn: () => fetchPersons(scope) });
  const { data: access } = useQuery({ queryKey: ['contact-persons', 'access', String(firmId)], queryFn: () => fetchPersonAccess(firmId) });
  const [editing, setEditing] = useState<ContactPerson | 'new' | null>(null);
  const [erasing, setErasing] = useState<ContactPerson | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['contact-persons'] });

  const save = async (form: Parameters<typeof createPerson>[1]) => {
    if (editing === 'new') await createPerson(firmId, form);
    else if (editing) await updatePerson(editing, form);
    notify('people.persons.saved', { type: 'success' });
    setEditing(null);
    await refresh();
  };
  const erase = async () => {
    if (!erasing) return;
    try {
      await erasePerson(erasing);
      notify('people.persons.deleted', { type: 'success' });
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
    setErasing(null);
    await refresh();
  };

  return (
    <Card variant="outlined" data-testid="contact-persons">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6">
            {translate('people.persons.title')} {persons.length > 0 && <Chip size="small" label={persons.length} sx={{ ml: 0.5 }} />}
          </Typography>
          {access?.canAdd && (
            <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {translate('people.persons.add')}
            </Button>
          )}
        </Box>
        {!isPending && persons.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('people.persons.empty')}
          </Typography>
        )}
        {persons.map((p) => (
          <PersonRow key={p.id} person={p} onEdit={() => setEditing(p)} onErase={() => setErasing(p)} />
        ))}
      </CardContent>
      {editing && <PersonDialog open person={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSave={save} />}
      <Dialog open={!!erasing} onClose={() => setErasing(null)} data-testid="person-erase-dialog">
        <DialogTitle>{translate('people.persons.delete_title', { name: erasing?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('people.persons.delete_body')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setErasing(null)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" variant="contained" onClick={erase}>
            {translate('people.persons.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
