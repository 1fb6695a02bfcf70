export * from './phases';
export * from './clock';
export * from './clock-undo';
