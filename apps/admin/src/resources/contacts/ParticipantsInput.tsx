import { Autocomplete, Chip, TextField } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useInput, useNotify, useTranslate, type Identifier } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { apiJson } from '../../providers/http';
import { createPerson, fetchPersons, personsKey, type ContactPerson } from './personModel';

type Option = ContactPerson | { id: 'new'; name: string };

/**
 * A contact log's participants picked from the target's firm's persons (`contactPersonIds`); a
 * name not in the list is added to the firm on the spot. Free-text participants stay a field of
 * their own for people who are not persons of the firm (old logs keep theirs).
 */
export function ParticipantsInput({ targetId: fixedTargetId }: { targetId?: Identifier }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const watched = useWatch({ name: 'targetId' }) as Identifier | undefined;
  const targetId = fixedTargetId ?? watched;
  const { field } = useInput({ source: 'contactPersonIds', defaultValue: [] });
  const scope = { targetId: targetId ?? 0 };
  const { data: persons = [] } = useQuery({ queryKey: personsKey(scope), queryFn: () => fetchPersons(scope), enabled: !!targetId });
  const [typed, setTyped] = useState('');
  const chosen = ((field.value as number[] | null) ?? []).map((id) => persons.find((p) => p.id === id)).filter((p): p is ContactPerson => !!p);

  const addOnTheSpot = async (name: string) => {
    try {
      const target = await apiJson<{ firmId: number }>(`/targets/${targetId}`);
      const person = await createPerson(target.firmId, { name, title: null, phone: null, email: null, wechat: null, notes: null });
      await queryClient.invalidateQueries({ queryKey: ['contact-persons'] });
      field.onChange([...((field.value as number[] | null) ?? []), person.id]);
      setTyped('');
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
  };

  const options: Option[] = [...persons];
  const name = typed.trim();
  if (name && !persons.some((p) => p.name === name)) options.push({ id: 'new', name });

  return (
    <Autocomplete<Option, true, false, false>
      multiple
      fullWidth
      disabled={!targetId}
      options={options}
      value={chosen}
      inputValue={typed}
      onInputChange={(_e, v, reason) => reason !== 'reset' && setTyped(v)}
      filterSelectedOptions
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(o) =>
        o.id === 'new' ? translate('people.persons.add_named', { name: o.name }) : `${o.name}${'title' in o && o.title ? ` · ${o.title}` : ''}`
      }
      onChange={(_e, value) => {
        const fresh = value.find((v) => v.id === 'new');
        if (fresh) void addOnTheSpot(fresh.name);
        else field.onChange(value.map((v) => v.id as number));
      }}
      renderValue={(value, getItemProps) => value.map((o, index) => <Chip size="small" label={o.name} {...getItemProps({ index })} key={String(o.id)} />)}
      renderInput={(params) => (
        <TextField
          {...params}
          name="contactPersonIds"
          label={translate('people.persons.participants')}
          helperText={translate(targetId ? 'people.persons.participants_help' : 'people.persons.pick_target_first')}
          size="small"
          margin="dense"
        />
      )}
    />
  );
}

/** The persons a log names as participants, as chips (the log's show page). */
export function ParticipantsField({ contactLogId }: { contactLogId: Identifier }) {
  const scope = { contactLogId };
  const { data: persons = [] } = useQuery({ queryKey: personsKey(scope), queryFn: () => fetchPersons(scope) });
  if (!persons.length) return <span>—</span>;
  return (
    <span data-testid="log-participants">
      {persons.map((p) => (
        <Chip key={p.id} size="small" label={p.title ? `${p.name} · ${p.title}` : p.name} sx={{ mr: 0.5 }} />
      ))}
    </span>
  );
}
