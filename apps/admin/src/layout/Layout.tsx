import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal } from 'react-admin';
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
    <AppBar toolbar={<>{phone ? <PhoneLocaleButton /> : <LocalesMenuButton />}<NotificationBell /></>} userMenu={<UserMenu />}>
      <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={CrmAppBar} menu={Menu}>
      <PhoneGlobalStyles />
      {children}
    </RaLayout>
  );
}
