/**
 * RFC 4180 CSV, fed one physical line at a time (as readline yields them) so a file of any size is
 * read with one record in memory. A quoted field may span lines; `push` returns null until the
 * record is complete.
 */
export class CsvRecordParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private started = false;

  push(line: string): string[] | null {
    if (this.inQuotes) this.field += '\n';
    this.started = true;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (this.inQuotes) {
        if (ch === '"') {
          if (line[i + 1] === '"') {
            this.field += '"';
            i++;
          } else this.inQuotes = false;
        } else this.field += ch;
      } else if (ch === '"' && this.field === '') this.inQuotes = true;
      else if (ch === ',') {
        this.fields.push(this.field);
        this.field = '';
      } else this.field += ch;
    }
    if (this.inQuotes) return null;
    const record = [...this.fields, this.field];
    this.fields = [];
    this.field = '';
    this.started = false;
    return record;
  }

  /** True when the input ended inside a quoted field (a malformed file). */
  get pending(): boolean {
    return this.started && this.inQuotes;
  }
}

/** Strips the UTF-8 byte-order mark Excel puts at the start of "CSV UTF-8" files. */
export const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
