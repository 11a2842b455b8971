export * from './idempotency-key.decorator';
export * from './idempotency-key.entity';
export * from './idempotency.module';
export * from './idempotency.rules';
export * from './idempotency.service';
