export {
  guardTranslation,
  isDegenerate,
  lengthPlausible,
  type GuardOptions,
  type GuardReason,
  type GuardResult,
} from './guard.js';
export { sourceFacts, sourceValues, type Fact } from './source-facts.js';
