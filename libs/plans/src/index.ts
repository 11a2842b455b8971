export * from './plan.entity';
