import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal } from 'react-admin';
import { Menu } from './Menu';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

function CrmAppBar() {
  return (
    <AppBar toolbar={<><LocalesMenuButton /><NotificationBell /></>} userMenu={<UserMenu />}>
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={CrmAppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
