export { createApp } from './app.js';
export type { App, AppDeps } from './app.js';
export { loadConfig, ConfigSchema } from './config.js';
export type { Config } from './config.js';
export { createLogger } from './logger.js';
export { createMetrics } from './metrics.js';
export { ModelRuntime } from './models/runtime.js';
export { loadLanguageResources } from './language-resources.js';
export type { LanguageResources } from './language-resources.js';
