import { Box, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { RECRUITMENT_METHODS } from '../config/domain';
import type { BoardFilters as Filters } from '../providers/dataProvider';

const DEBOUNCE_MS = 300;

/** Chain, owner, recruitment method and firm-name filters above the board. */
export function BoardFilters({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const translate = useTranslate();
  const { data: chains = [] } = useGetList('chains', { pagination: { page: 1, perPage: 200 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: users = [] } = useGetList('users', { pagination: { page: 1, perPage: 200 }, sort: { field: 'displayName', order: 'ASC' } });
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => {
    const t = setTimeout(() => q !== (value.q ?? '') && onChange({ ...value, q: q || undefined }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [q, value, onChange]);

  const select = (key: keyof Filters, label: string, options: { id: string | number; name: string }[]) => (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value[key] ?? ''}
      onChange={(e) => onChange({ ...value, [key]: e.target.value === '' ? undefined : e.target.value })}
      fullWidth={false}
      sx={{ width: 200 }}
      slotProps={{ htmlInput: { 'data-testid': `board-filter-${key}` } }}
    >
      <MenuItem value="">—</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'row', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <TextField
        size="small"
        fullWidth={false}
        sx={{ width: 240 }}
        label={translate('crm.pipeline.filters.q')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {select(
        'chainId',
        'crm.pipeline.filters.chain',
        chains.map((c) => ({ id: c.id, name: c.name })),
      )}
      {select(
        'ownerId',
        'crm.pipeline.filters.owner',
        users.map((u) => ({ id: u.id, name: u.displayName })),
      )}
      {select(
        'method',
        'crm.pipeline.filters.method',
        RECRUITMENT_METHODS.map((m) => ({ id: m, name: m })),
      )}
    </Box>
  );
}
