import { Module } from '@nestjs/common';
import { CockpitModule } from '@crm/cockpit';
import { HandbookExportService } from './handbook-export.service';
import { ImportTemplateService } from './import-template.service';
import { ImportHistoryService } from './import-history.service';
import { ImportsService } from './imports.service';
import { PipelineExportService } from './pipeline-export.service';
import { WeeklyReportService } from './weekly-report.service';

const services = [PipelineExportService, HandbookExportService, WeeklyReportService, ImportsService, ImportHistoryService, ImportTemplateService];

@Module({
  imports: [CockpitModule],
  providers: services,
  exports: services,
})
export class ExcelModule {}
