export * from './probe';
export * from './services';
