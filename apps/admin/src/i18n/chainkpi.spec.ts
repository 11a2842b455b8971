import { chainkpiEn } from './chainkpi-en';
import { chainkpiZh } from './chainkpi-zh';
import { describeMessagePair, ENGLISH_HAS_NO_HAN } from './message-pairs.testing';

describeMessagePair('chainkpi messages', chainkpiZh, chainkpiEn, ENGLISH_HAS_NO_HAN);
