/** Today's date (YYYY-MM-DD) in Asia/Shanghai, where the office works, whatever the server's zone. */
export function shanghaiDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
