import { Module } from '@nestjs/common';
import { ImportHistoryService } from './import-history.service';
import { ImportsService } from './imports.service';
import { ImportTemplateService } from './import-template.service';

const services = [ImportsService, ImportHistoryService, ImportTemplateService];

/** Importing targets from Excel/CSV: the template, the upload (batches and rows) and each batch's history. */
@Module({
  providers: services,
  exports: services,
})
export class ImportsModule {}
