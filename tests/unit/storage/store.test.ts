import { describe } from 'vitest';
import { deviceHousehold, localStore } from '../../../src/storage/store';
import { MemoryStorage } from './memory-storage';
import { storeContract } from './store-contract';

describe('the device store (localStorage) keeps the store contract', () => {
  storeContract(() => {
    const storage = new MemoryStorage();
    return localStore(() => storage);
  }, deviceHousehold);
});
