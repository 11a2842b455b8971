export * from './backup';
export * from './manifest';
export * from './pg-tools';
export * from './restore';
