import { Module } from '@nestjs/common';
import { CockpitModule } from '@crm/cockpit';
import { HandbookExportService } from './handbook-export.service';
import { PipelineExportService } from './pipeline-export.service';
import { WeeklyReportService } from './weekly-report.service';

const services = [PipelineExportService, HandbookExportService, WeeklyReportService];

/** Workbooks the office reads: the pipeline export, the chain handbook and the weekly report. */
@Module({
  imports: [CockpitModule],
  providers: services,
  exports: services,
})
export class ReportsModule {}
