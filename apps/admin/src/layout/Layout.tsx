import { createTheme, ThemeProvider, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal, useLocaleState } from 'react-admin';
import { PhoneGlobalStyles } from '../mobile/PhoneGlobalStyles';
import { PhoneLocaleButton } from '../mobile/PhoneLocaleButton';
import { useIsPhone } from '../mobile/useIsPhone';
import { Menu } from './Menu';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

function CrmAppBar() {
  // On a phone the language switch is an icon and a long title ends in … instead of running under it.
  const phone = useIsPhone();
  return (
    <AppBar
      toolbar={
        <>
          {phone ? <PhoneLocaleButton /> : <LocalesMenuButton />}
          <NotificationBell />
        </>
      }
      userMenu={<UserMenu />}
    >
      <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
    </AppBar>
  );
}

/**
 * MUI's own texts (autocomplete "No options", pagination, clear/open buttons) in the reader's
 * language: the react-admin theme with MUI's locale pack for the current locale merged in.
 */
export function Layout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  return (
    <ThemeProvider theme={(outer: Theme) => createTheme(outer, locale?.startsWith('en') ? enUS : zhCN)}>
      <RaLayout appBar={CrmAppBar} menu={Menu}>
        <PhoneGlobalStyles />
        {children}
      </RaLayout>
    </ThemeProvider>
  );
}
