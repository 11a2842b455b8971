import { Module } from '@nestjs/common';
import { IdempotencyClock, IdempotencyService } from './idempotency.service';

@Module({
  providers: [IdempotencyClock, IdempotencyService],
  exports: [IdempotencyClock, IdempotencyService],
})
export class IdempotencyModule {}
