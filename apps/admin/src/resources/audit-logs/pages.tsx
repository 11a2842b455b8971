import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  DateTimeInput,
  FilterButton,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { XlsxExportButton } from '../../components/XlsxExportButton';
import { formatDateTime } from '../../lib/format';
import { type AuditRow, ENTITY_RESOURCE, fieldChanges } from './auditModel';
import { usePunctuation } from '../../lib/usePunctuation';

const ACTIONS = ['insert', 'update', 'delete', 'transition', 'login'].map((id) => ({ id, name: `excel.history.action.${id}` }));
const ENTITIES = Object.keys(ENTITY_RESOURCE).map((id) => ({ id, name: `excel.history.entity.${id}` }));

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <SelectInput optionText="displayName" label="excel.history.who" />
  </ReferenceInput>,
  <SelectInput key="entity" source="entity" choices={ENTITIES} label="excel.history.entity_label" alwaysOn />,
  <TextInput key="entityId" source="entityId" label="excel.history.record" alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTIONS} label="excel.history.action_label" />,
  <DateTimeInput key="at_gte" source="at_gte" label="excel.history.from_time" />,
  <DateTimeInput key="at_lte" source="at_lte" label="excel.history.to_time" />,
];

function Changes({ record }: { record: AuditRow }) {
  const t = useTranslate();
  const p = usePunctuation();
  const resource = ENTITY_RESOURCE[record.entity] ?? record.entity;
  const changes = fieldChanges(record.changes, [t('ra.boolean.true'), t('ra.boolean.false')]);
  if (!changes.length)
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changes.map((c) => (
        <li key={c.field}>
          <Typography variant="body2">
            {t(`resources.${resource}.fields.${c.field}`, { _: c.field })}
            {p.colon}
            {c.from} → {c.to}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/** 审计日志: every change, filterable by person, resource, record and time (admins). */
function AuditLogList() {
  const t = useTranslate();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
          <XlsxExportButton />
        </TopToolbar>
      }
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="at" label="excel.history.at" render={(r: AuditRow) => formatDateTime(r.at)} />
        <TextField source="username" label="excel.history.who" emptyText="—" />
        <FunctionField source="action" label="excel.history.action_label" render={(r: AuditRow) => t(`excel.history.action.${r.action}`, { _: r.action })} />
        <FunctionField source="entity" label="excel.history.entity_label" render={(r: AuditRow) => t(`excel.history.entity.${r.entity}`, { _: r.entity })} />
        <TextField source="entityId" label="excel.history.record" emptyText="—" />
        <FunctionField label="excel.history.changes" render={(r: AuditRow) => <Changes record={r} />} />
      </Datagrid>
    </List>
  );
}

export const list = AuditLogList;
