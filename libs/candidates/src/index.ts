export * from './candidates.dto';
export * from './candidates.module';
export * from './candidates.service';
export * from './fit-score.rules';
export * from './fit-weights.entity';
export * from './fit-weights.service';
