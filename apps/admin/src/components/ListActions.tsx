import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** Filters, create (hidden by canAccess for read-only roles) and export on every list. */
export function ListActions({ filters = true }: { filters?: boolean }) {
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}
