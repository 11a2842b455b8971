export * from './carrier.entity';
