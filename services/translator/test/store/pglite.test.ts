// The repository tests on PGlite, each suite on a fresh in-memory database from the test template.
import { openTestStore } from '../../../../tests/support/test-store.js';
import { storeContract } from './store-contract.js';

describe('store on PGlite', () => {
  storeContract(openTestStore);
});
