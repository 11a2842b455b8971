export * from './firm-chain-link.entity';
export * from './firm.entity';
export * from './firm-search';
export * from './firm.dto';
export * from './firms.module';
export * from './firms.service';
export * from './firm-name.rules';
export * from './firm.view';
