export * from './firm-duplicates.service';
export * from './firm-merge.entity';
export * from './firm-merge.service';
export * from './merge.module';
export * from './merge.rules';
export * from './merge.dto';
