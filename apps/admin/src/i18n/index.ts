import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { setReaderLocale } from '../lib/readerLocale';
import { DEFAULT_LOCALE, LOCALES, type Locale, messages } from './messages';

const STORAGE_KEY = 'crm.locale';

const stored = (): Locale => {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return LOCALES.some((l) => l.locale === v) ? (v as Locale) : DEFAULT_LOCALE;
};

let current: Locale = stored();
setReaderLocale(current);
/** The language the user reads now; the HTTP client picks messageZh or message by it. */
export const currentLocale = (): Locale => current;

const polyglot = polyglotI18nProvider((locale) => messages[(locale as Locale) in messages ? (locale as Locale) : DEFAULT_LOCALE], current, [...LOCALES], {
  allowMissing: false,
});

/** Chinese by default, English switchable; the choice survives a reload. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    current = (locale as Locale) in messages ? (locale as Locale) : DEFAULT_LOCALE;
    localStorage.setItem(STORAGE_KEY, current);
    setReaderLocale(current);
    document.documentElement.lang = current;
    return polyglot.changeLocale(locale, options);
  },
};
