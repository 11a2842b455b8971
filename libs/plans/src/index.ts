export * from './plan.entity';
export * from './plans.module';
export * from './plans.service';
export * from './plan.view';
