export * from './kpi-access.rules';
export * from './kpi-target.dto';
export * from './kpi-target.entity';
export * from './kpi-targets.service';
export * from './kpi.module';
export * from './kpi-target.view';
