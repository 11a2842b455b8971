export * from './excel.module';
export * from './format.util';
export * from './handbook-export.service';
export * from './pipeline-export.service';
export * from './week.util';
export * from './weekly-report.service';
export * from './xlsx-stream';
