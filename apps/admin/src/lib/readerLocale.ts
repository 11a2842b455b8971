/**
 * The language the user reads now, for formatters that are plain functions (formatMoney) rather
 * than hooks. The i18n provider sets it at start and on every switch; react-admin re-renders the
 * tree on a switch, so a formatter called while rendering sees the new value.
 */
export type ReaderLocale = 'zh-CN' | 'en';

let current: ReaderLocale = 'zh-CN';

export const readerLocale = (): ReaderLocale => current;
export const setReaderLocale = (locale: ReaderLocale): void => {
  current = locale;
};
