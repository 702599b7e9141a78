// Set up for every test file (vitest.config.ts): the temporary folders it made are removed once its tests are done,
// whether they passed or failed, so runs do not pile up folders in /tmp.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
