import { GlobalStyles } from '@mui/material';
import { PHONE_QUERY } from './useIsPhone';

/**
 * Phone-wide fixes for screens built for a desktop: a wide table scrolls inside its own box
 * instead of widening the page, and every ancestor lets it shrink (flex items default to
 * min-width: auto, which is what pushed the page wider).
 */
export function PhoneGlobalStyles() {
  return (
    <GlobalStyles
      styles={{
        [`@media ${PHONE_QUERY}`]: {
          '.RaLayout-content, .RaList-main, .RaList-content, .RaShow-main, .RaEdit-main, .RaCreate-main, .MuiCard-root': { minWidth: 0 },
          '.RaList-main, .RaList-content': { maxWidth: '100%' },
          '.RaDatagrid-tableWrapper, .MuiTableContainer-root': { overflowX: 'auto', maxWidth: '100%' },
          '.RaLayout-contentWithSidebar, .RaLayout-content': { minWidth: 0, maxWidth: '100vw' },
          '.RaLayout-content': { paddingLeft: 0, paddingRight: 0 },
        },
      }}
    />
  );
}
