/** Where a seeded record comes from (document + table/section), kept on the row as jsonb. */
export interface SourceRefColumn {
  document: string;
  section: string;
  quote?: string;
}

/** numeric columns come back from pg as strings; this keeps them numbers in the entity. */
export const numericTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
