import { Box, ListItem, ListItemButton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * One to-do item on two lines: the firm (and the chain link it is recruited for) on the first,
 * then when it is due and its stage chip, with 记一笔 at the end of that line. The row opens the
 * target; 记一笔 sits beside the link, not inside it. Long names end in … rather than wrapping.
 */
export function TodoRow({
  targetId,
  firmName,
  detail,
  when,
  chip,
  action,
  testId,
}: {
  targetId: number;
  firmName: string;
  detail?: string;
  when: string;
  chip: ReactNode;
  action: ReactNode;
  testId?: string;
}) {
  return (
    <ListItem disablePadding data-testid={testId} sx={{ position: 'relative' }}>
      <ListItemButton component={Link} to={`/targets/${targetId}/show`} sx={{ px: 1, py: 0.5, display: 'block', minWidth: 0 }}>
        <Typography variant="body2" noWrap title={detail ? `${firmName} · ${detail}` : firmName} data-value>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {firmName}
          </Box>
          {detail && (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {' · '}
              {detail}
            </Box>
          )}
        </Typography>
        {/* Room on the right for 记一笔, which sits on this line. */}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', pr: 10, minHeight: 30, minWidth: 0 }}>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ minWidth: 0 }}>
            {when}
          </Typography>
          <Box sx={{ flexShrink: 0, display: 'flex' }}>{chip}</Box>
        </Stack>
      </ListItemButton>
      <Box sx={{ position: 'absolute', right: 4, bottom: 3 }}>{action}</Box>
    </ListItem>
  );
}
