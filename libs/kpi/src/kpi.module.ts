import { Module } from '@nestjs/common';
import { KpiTargetsService } from './kpi-targets.service';

@Module({ providers: [KpiTargetsService], exports: [KpiTargetsService] })
export class KpiModule {}
