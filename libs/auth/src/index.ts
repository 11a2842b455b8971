export * from './auth-events';
export * from './auth.dto';
export * from './auth.guard';
export * from './auth.module';
export * from './auth.service';
export * from './decorators';
export * from './role';
export * from './sessions';
