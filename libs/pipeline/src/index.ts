export * from './contact-log.entity';
export * from './landing.entity';
export * from './stage';
export * from './stage-change.entity';
export * from './target.entity';
export * from './pipeline-hooks';
export * from './pipeline-hooks.module';
