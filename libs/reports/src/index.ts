export * from './format.util';
export * from './handbook-export.service';
export * from './pipeline-export.service';
export * from './reports.module';
export * from './weekly-report.service';
export * from './xlsx-stream';
