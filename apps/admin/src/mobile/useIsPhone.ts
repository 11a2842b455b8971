import { useMediaQuery } from '@mui/material';

/** Phone layouts below 600 px (MUI's `sm`): every phone held upright, 360–430 px wide. */
export const PHONE_QUERY = '(max-width:599.95px)';

export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY, { noSsr: true });
}
