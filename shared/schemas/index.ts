export * from './common';
export * from './settings';
export * from './people';
export * from './schedule';
export * from './clock';
export * from './errors';
export * from './unknown-fields';
export * from './text';
