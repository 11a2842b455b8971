export * from './contact-log.entity';
export * from './landing.entity';
export * from './stage';
export * from './stage-change.entity';
export * from './target.entity';
