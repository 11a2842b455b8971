export * from './carrier.dto';
export * from './carrier.entity';
export * from './carriers.module';
export * from './carriers.service';
export * from './carrier-area';
export * from './carrier.view';
