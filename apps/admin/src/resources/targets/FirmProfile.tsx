import { Box, Card, CardContent, Link as MuiLink, Typography } from '@mui/material';
import { BooleanField, Labeled, ReferenceField, TextField, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { TagsField } from '../../components/fields';

function FirmLink() {
  const firm = useRecordContext();
  return firm ? (
    <MuiLink component={Link} to={`/firms/${firm.id}/show`}>
      {firm.name}
    </MuiLink>
  ) : null;
}

/** The firm behind the target: profile, tags, where it is based. */
export function FirmProfile() {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="firm-profile">
      <CardContent>
        <Typography variant="h6">{translate('crm.target.firm_profile')}</Typography>
        <ReferenceField source="firmId" reference="firms" link={false}>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1, mt: 1 }}>
            <Labeled label="resources.firms.fields.name">
              <FirmLink />
            </Labeled>
            <Labeled label="resources.firms.fields.fullName">
              <TextField source="fullName" emptyText="—" />
            </Labeled>
            <Labeled label="crm.target.tags">
              <TagsField source="tags" />
            </Labeled>
            <Labeled label="resources.firms.fields.hqCity">
              <TextField source="hqCity" emptyText="—" />
            </Labeled>
            <Labeled label="resources.firms.fields.isLocal">
              <BooleanField source="isLocal" />
            </Labeled>
            <Labeled label="resources.firms.fields.website">
              <UrlField source="website" emptyText="—" target="_blank" />
            </Labeled>
          </Box>
          <Labeled label="resources.firms.fields.profile" sx={{ mt: 1 }}>
            <TextField source="profile" emptyText="—" component="p" />
          </Labeled>
        </ReferenceField>
      </CardContent>
    </Card>
  );
}
