import { Card, CardContent, Typography } from '@mui/material';
import { BooleanField, Labeled, ReferenceField, TextField, UrlField, useTranslate } from 'react-admin';
import { TagsField } from '../../components/fields';

/** The firm behind the target: profile, tags, where it is based. */
export function FirmProfile() {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="firm-profile">
      <CardContent>
        <Typography variant="h6">{translate('crm.target.firm_profile')}</Typography>
        <ReferenceField source="firmId" reference="firms" link="show">
          <Labeled label="resources.firms.fields.name"><TextField source="name" /></Labeled>
          <Labeled label="resources.firms.fields.fullName"><TextField source="fullName" emptyText="—" /></Labeled>
          <Labeled label="crm.target.tags"><TagsField source="tags" /></Labeled>
          <Labeled label="resources.firms.fields.hqCity"><TextField source="hqCity" emptyText="—" /></Labeled>
          <Labeled label="resources.firms.fields.isLocal"><BooleanField source="isLocal" /></Labeled>
          <Labeled label="resources.firms.fields.website"><UrlField source="website" emptyText="—" target="_blank" /></Labeled>
          <Labeled label="resources.firms.fields.profile"><TextField source="profile" emptyText="—" component="p" /></Labeled>
        </ReferenceField>
      </CardContent>
    </Card>
  );
}
