import { useLocaleState } from 'react-admin';
import { punctuation, type Punctuation } from './punctuation';
import { readerLocale } from './readerLocale';

/** The same, re-read when the user switches language. */
export function usePunctuation(): Punctuation {
  const [locale] = useLocaleState();
  return punctuation(locale ?? readerLocale());
}
