/**
 * A page of a list as a service returns it. On the wire (ra-data-simple-rest) the body is `data`
 * as a JSON array and the rest travels in the `Content-Range` header: `targets 0-24/319`, or
 * `firms 0-24/*` when the total is unknown (more matches than a list counts exactly, EXACT_COUNT_UP_TO).
 */
export interface ListResult<T> {
  data: T[];
  /** All matching rows; null when more match than a list counts exactly (there is at least one row past this page). */
  total: number | null;
  skip: number;
}
