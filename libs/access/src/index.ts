export * from './access.module';
export * from './target-access';
export * from './user-context.service';
