import { Stack } from '@mui/material';
import type { Identifier } from 'react-admin';
import { FilesPanel } from '../../files';
import { ContactPersonsPanel } from './ContactPersonsPanel';

/** The target page's people and papers: the firm's contact persons and the target's files. */
export function TargetPeopleAndFiles({ targetId, firmId }: { targetId: Identifier; firmId: Identifier }) {
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <ContactPersonsPanel firmId={firmId} targetId={targetId} />
      <FilesPanel owner="target" id={targetId} />
    </Stack>
  );
}
