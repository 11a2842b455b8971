/** Text encodings a CSV upload may come in: Excel on a Chinese Windows desktop saves "CSV" as GBK. */
export type CsvEncoding = 'utf8' | 'gbk';

/**
 * Feeds the file's bytes chunk by chunk and tells whether they are valid UTF-8 as a whole: a
 * multi-byte character split across two chunks is carried over, not counted as an error. GBK text
 * is practically never valid UTF-8 (its lead bytes 0x81–0xFE are followed by bytes that UTF-8
 * does not allow there), so anything that is not UTF-8 is read as GBK (GB18030's common subset).
 */
export class EncodingSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bad = false;

  push(chunk: Uint8Array): void {
    if (this.bad) return;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.bad = true;
    }
  }

  result(): CsvEncoding {
    if (!this.bad) {
      try {
        this.decoder.decode();
      } catch {
        this.bad = true;
      }
    }
    return this.bad ? 'gbk' : 'utf8';
  }
}

/** The encoding of a whole buffer split into the given chunks (what the reader sees from a stream). */
export function detectCsvEncoding(chunks: Uint8Array[]): CsvEncoding {
  const s = new EncodingSniffer();
  for (const c of chunks) s.push(c);
  return s.result();
}
