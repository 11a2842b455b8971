import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { candidatesEn } from './candidates-en';
import { candidatesZh } from './candidates-zh';
import { chainkpiEn } from './chainkpi-en';
import { claimsEn } from './claims-en';
import { claimsZh } from './claims-zh';
import { poolEn } from './pool-en';
import { poolZh } from './pool-zh';
import { chainkpiZh } from './chainkpi-zh';
import { domainEn } from './domain-en';
import { domainZh } from './domain-zh';
import { homeEn } from './home-en';
import { homeZh } from './home-zh';
import { excelEn } from './excel-en';
import { excelZh } from './excel-zh';
import { phoneEn } from './phone-en';
import { phoneZh } from './phone-zh';
import { peopleEn } from './people-en';
import { peopleZh } from './people-zh';
import { raChineseMessages } from './ra-zh-CN';
import { signingEn } from './signing-en';
import { signingZh } from './signing-zh';

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
] as const;
export type Locale = (typeof LOCALES)[number]['locale'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const messages: Record<Locale, TranslationMessages> = {
  'zh-CN': {
    ...raChineseMessages,
    ...domainZh,
    ...homeZh,
    ...chainkpiZh,
    ...excelZh,
    ...phoneZh,
    ...peopleZh,
    ...signingZh,
    ...claimsZh,
    ...candidatesZh,
    ...poolZh,
  } as TranslationMessages,
  en: {
    ...englishMessages,
    ...domainEn,
    ...homeEn,
    ...chainkpiEn,
    ...excelEn,
    ...phoneEn,
    ...peopleEn,
    ...signingEn,
    ...claimsEn,
    ...candidatesEn,
    ...poolEn,
  } as TranslationMessages,
};
