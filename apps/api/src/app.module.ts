import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessModule } from '@crm/access';
import { AuditModule } from '@crm/audit';
import { AuthGuard, AuthModule } from '@crm/auth';
import { ConfigModule } from '@crm/config';
import { AllExceptionsFilter } from '@crm/http';
import { OpsModule } from '@crm/ops';
import { PipelineHooksModule } from '@crm/pipeline';
import { QueueModule, RedisModule } from '@crm/queue';
import { DatabaseModule } from '@crm/schema';
import { AuditLogsController } from './audit/audit-logs.controller';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';

@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, QueueModule, AuthModule, AccessModule, OpsModule, PipelineHooksModule, AuditModule],
  controllers: [AuthController, HealthController, AuditLogsController],
  providers: [
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}
