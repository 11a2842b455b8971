import { Module } from '@nestjs/common';
import { CockpitModule } from '@crm/cockpit';
import { HandbookExportService } from './handbook-export.service';
import { PipelineExportService } from './pipeline-export.service';
import { WeeklyReportService } from './weekly-report.service';

@Module({
  imports: [CockpitModule],
  providers: [PipelineExportService, HandbookExportService, WeeklyReportService],
  exports: [PipelineExportService, HandbookExportService, WeeklyReportService],
})
export class ExcelModule {}
