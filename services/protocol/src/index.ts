export * from './errors.js';
export * from './languages.js';
export * from './timeline.js';
export * from './http.js';
export * from './stream.js';
export { buildOpenApiDocument } from './openapi.js';
export { API_VERSION, apiDescriptionFiles } from './api-files.js';
export * from './analysis.js';
export * from './lexicon.js';
