import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HealthService } from './health.service';
import { HeartbeatService } from './heartbeat.service';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

@Module({
  imports: [TypeOrmModule.forFeature([WorkerHeartbeat])],
  providers: [HealthService, HeartbeatService],
  exports: [HealthService, HeartbeatService],
})
export class OpsModule {}
