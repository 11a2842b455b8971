export * from './carrier-area.util';
export * from './demo-timeline.util';
export * from './demo-users';
export * from './seed';
export * from './seed-demo';
export * from './seed-plans';
