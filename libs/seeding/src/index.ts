export * from './demo-users';
export * from './seed';
