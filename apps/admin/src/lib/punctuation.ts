import { readerLocale, type ReaderLocale } from './readerLocale';

/** Punctuation in the reader's script: full-width in Chinese, ASCII with spaces in English. */
export interface Punctuation {
  /** `：` / `: ` */
  colon: string;
  /** Between list items: `、` / `, ` */
  listSep: string;
  /** A parenthetical after a word: `（3）` / ` (3)` */
  paren: (inner: string | number) => string;
}

export function punctuation(locale: ReaderLocale | string = readerLocale()): Punctuation {
  const zh = !locale.startsWith('en');
  return {
    colon: zh ? '：' : ': ',
    listSep: zh ? '、' : ', ',
    paren: (inner) => (zh ? `（${inner}）` : ` (${inner})`),
  };
}
