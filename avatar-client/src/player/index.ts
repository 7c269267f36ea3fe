export * from './vec.js';
export * from './easing.js';
export * from './directions.js';
export * from './body.js';
export * from './handshape.js';
export * from './ik.js';
export * from './pose.js';
export * from './clock.js';
