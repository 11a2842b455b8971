import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@crm/auth';
import { ConfigModule } from '@crm/config';
import { OpsModule } from '@crm/ops';
import { PipelineHooksModule } from '@crm/pipeline';
import { checkHandlers, QueueModule, RedisModule } from '@crm/queue';
import { DatabaseModule } from '@crm/schema';
import { SystemProcessor } from './processors/system.processor';
import { Schedules } from './schedules';

@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuthModule, OpsModule, PipelineHooksModule],
  providers: [SystemProcessor, Schedules],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly system: SystemProcessor) {}

  onModuleInit(): void {
    checkHandlers([{ queue: 'system', names: Object.keys(this.system.handlers) }]);
  }
}
