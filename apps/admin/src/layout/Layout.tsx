import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal } from 'react-admin';
import { Menu } from './Menu';
import { NotificationBell } from './NotificationBell';

function CrmAppBar() {
  return (
    <AppBar toolbar={<><LocalesMenuButton /><NotificationBell /></>}>
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
