export * from './naming.strategy';
export * from './pg-errors';
export * from './transaction';
export * from './source-ref';
export * from './query-failure.util';
export * from './query-logger';
export * from './named-query';
export * from './capped-count';
