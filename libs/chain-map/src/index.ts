export * from './chain-link.entity';
export * from './chain-manager.entity';
export * from './chain.entity';
