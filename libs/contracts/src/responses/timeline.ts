/**
 * One entry of a target's timeline (GET /api/targets/:id/timeline answers an array of them, newest
 * first). Each source adds its own fields: 'stage_change', 'contact_log', 'reminder' …
 */
export interface TimelineEntry<D = string> {
  /** Which source made it. */
  kind: string;
  /** The source's own row id; (kind, id) is unique. */
  id: number | string;
  at: D;
  [field: string]: unknown;
}
