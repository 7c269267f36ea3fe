export { MUNICIPAL_TERMS, type TargetTerm, type TermEntry } from './terms.js';
export {
  checkTerminology,
  containsGermanTerm,
  containsTargetTerm,
  terminologyLanguages,
  type TermCheck,
  type TerminologyResult,
} from './check.js';
