import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';

const AccountItem = forwardRef<HTMLAnchorElement>(function AccountItem(props, ref) {
  const t = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to="/account" ref={ref} {...props} onClick={() => menu?.onClose()}>
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{t('excel.account.menu')}</ListItemText>
    </MenuItem>
  );
});

/** The top-right menu: 我的账户, then 退出登录. */
export function UserMenu() {
  return (
    <RaUserMenu>
      <AccountItem />
      <Logout />
    </RaUserMenu>
  );
}
