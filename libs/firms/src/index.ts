export * from './firm-chain-link.entity';
export * from './firm.entity';
