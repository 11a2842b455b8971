export * from './jobs';
export * from './queue.module';
export * from './redis.module';
export * from './handlers';
