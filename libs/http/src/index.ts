export * from './content-range.interceptor';
export * from './errors';
export * from './exception.filter';
export * from './field-messages';
export * from './id.pipe';
export * from './list-query';
export * from './list-query.decorator';
export * from './validation';
