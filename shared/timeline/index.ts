export * from './phases';
export * from './clock';
