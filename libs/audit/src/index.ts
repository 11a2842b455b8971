export * from './audit-changes.util';
export * from './audit-context';
export * from './audit-log.entity';
export * from './audit.dto';
export * from './audit.interceptor';
export * from './audit.module';
export * from './audit.service';
export * from './audit.subscriber';
