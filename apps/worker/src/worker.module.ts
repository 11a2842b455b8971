import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@crm/auth';
import { ConfigModule } from '@crm/config';
import { OpsModule } from '@crm/ops';
import { PipelineHooksModule } from '@crm/pipeline';
import { checkHandlers, QueueModule, RedisModule } from '@crm/queue';
import { RemindersModule } from '@crm/reminders';
import { IdempotencyModule } from '@crm/idempotency';
import { DatabaseModule } from '@crm/schema';
import { ReminderProcessor } from './processors/reminder.processor';
import { SystemProcessor } from './processors/system.processor';
import { Housekeeping } from './housekeeping';
import { ReminderSchedules, Schedules } from './schedules';

@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuthModule, OpsModule, IdempotencyModule, PipelineHooksModule, RemindersModule],
  providers: [SystemProcessor, Housekeeping, Schedules, ReminderProcessor, ReminderSchedules],
})
export class WorkerModule implements OnModuleInit {
  constructor(
    private readonly system: SystemProcessor,
    private readonly reminders: ReminderProcessor,
  ) {}

  onModuleInit(): void {
    checkHandlers([
      { queue: 'system', names: Object.keys(this.system.handlers) },
      { queue: 'reminders', names: Object.keys(this.reminders.handlers) },
    ]);
  }
}
