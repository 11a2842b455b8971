import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { XlsxExportButton } from './XlsxExportButton';

/** Filters, create (hidden by canAccess for read-only roles), extra buttons, and 导出 (.xlsx, or CSV) on every list. */
export function ListActions({ filters = true, children }: { filters?: boolean; children?: ReactNode }) {
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      <CreateButton />
      {children}
      <XlsxExportButton />
      <XlsxExportButton csv />
    </TopToolbar>
  );
}
