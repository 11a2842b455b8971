export * from './health.service';
export * from './heartbeat.service';
export * from './ops.module';
export * from './worker-heartbeat.entity';
export * from './health.view';
