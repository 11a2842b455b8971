export * from './shanghai.util';
export * from './week.util';
export * from './clock';
