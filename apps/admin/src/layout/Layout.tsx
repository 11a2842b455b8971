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
      {/*
        react-admin's layout is at least as wide as its content's min-content (min-width: fit-content),
        so a table that scrolls in its own box still widened the page (/gaps in English, by 8 px):
        the page keeps the window's width and wide content scrolls where it is.
      */}
      <RaLayout appBar={CrmAppBar} menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
        <PhoneGlobalStyles />
        {children}
      </RaLayout>
    </ThemeProvider>
  );
}
