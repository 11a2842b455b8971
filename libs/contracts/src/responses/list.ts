/**
 * A page of a list as a service returns it. On the wire (ra-data-simple-rest) the body is `data`
 * as a JSON array and the rest travels in the `Content-Range` header: `targets 0-24/319`.
 */
export interface ListResult<T> {
  data: T[];
  total: number;
  skip: number;
}
