import { excelEn } from './excel-en';
import { excelZh } from './excel-zh';
import { CHINESE_HAS_HAN, describeMessagePair } from './message-pairs.testing';

describeMessagePair('excel (account, import, export, history) messages', excelZh, excelEn, CHINESE_HAS_HAN);
