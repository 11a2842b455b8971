import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessModule } from '@crm/access';
import { AuthGuard, AuthModule } from '@crm/auth';
import { ConfigModule } from '@crm/config';
import { AllExceptionsFilter } from '@crm/http';
import { OpsModule } from '@crm/ops';
import { PipelineHooksModule } from '@crm/pipeline';
import { QueueModule, RedisModule } from '@crm/queue';
import { DatabaseModule } from '@crm/schema';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';

@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuthModule, AccessModule, OpsModule, PipelineHooksModule],
  controllers: [AuthController, HealthController],
  providers: [
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}
