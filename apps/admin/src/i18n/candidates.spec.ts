import { candidatesEn } from './candidates-en';
import { candidatesZh } from './candidates-zh';
import { describeMessagePair, ENGLISH_HAS_NO_HAN } from './message-pairs.testing';

describeMessagePair('candidates messages', candidatesZh, candidatesEn, ENGLISH_HAS_NO_HAN);
