// The trained tagger (averaged perceptrons over lexicon-aware features) and its training code.
export {
  createTagger,
  combineFeats,
  type Tagger,
  type TaggedToken,
  type TaggerMeta,
  type TaggerModelJson,
} from './tagger.js';
export { prepare, lexiconSignature, type TaggerInput, type Prepared } from './features.js';
export { MORPH_FEATURES, type MorphFeature, type MorphValues } from './morph.js';
export { lemmatize, adjectiveLemma, verbLemma, type LemmaInput } from './lemma.js';
export {
  trainUpos,
  trainMorph,
  allowedValues,
  learnLemmaExceptions,
  prepareSentences,
  morphValues,
  modelJson,
  DEFAULT_WEIGHTS,
  type TrainingSentence,
  type PreparedSentence,
  type WeightOptions,
} from './train.js';
export { WeightTable, PerceptronTrainer, seededRandom, type WeightTableJson } from './perceptron.js';
