/**
 * The time the product reads where a test must be able to move it: one instance per app (provided
 * by libs/config's global ConfigModule). A test replaces `now` (`app.get(Clock).now = () => later`)
 * to step past a TTL or a token's expiry instead of waiting for real time to pass.
 */
export class Clock {
  now(): Date {
    return new Date();
  }
}
