export * from './registry-import.entity';
export * from './registry-import.service';
export * from './registry-match.rules';
export * from './registry-row.rules';
export * from './registry.module';
export * from './registry.dto';
