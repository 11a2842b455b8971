import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthReport, ServiceHealth, WorkersHealth } from '@crm/contracts';

export class ServiceHealthView implements ServiceHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why it did not answer' }) error?: string;
}

export class WorkersHealthView implements WorkersHealth {
  @ApiProperty({ enum: ['ok', 'none', 'stale', 'other-redis'] }) status: 'ok' | 'none' | 'stale' | 'other-redis';
  @ApiProperty({ description: 'Workers whose heartbeat is fresh' }) alive: number;
  @ApiPropertyOptional() lastBeatAt?: string;
  @ApiPropertyOptional() detail?: string;
}

/** GET /api/health (200 when healthy, 503 with the same shape otherwise). */
export class HealthReportView implements HealthReport {
  @ApiProperty({ enum: ['ok', 'down'] }) status: 'ok' | 'down';
  @ApiProperty() postgres: ServiceHealthView;
  @ApiProperty() redis: ServiceHealthView;
  @ApiProperty() workers: WorkersHealthView;
}
