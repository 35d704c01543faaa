// The Papershift (Pulse) provider: users, payroll staff numbers and weekly working-time models.
import type { Provider } from '../../model/provider.js';
import { findCreated } from './find-created.js';
import { readPapershiftUnmanaged } from './import.js';
import { planPapershift } from './plan.js';
import { readPapershift } from './read.js';
import type { PapershiftActual } from './types.js';

export { papershiftAuth, type PapershiftAuth, type PapershiftCredentials } from './auth.js';
export { spreadWeekly } from './desired.js';
export type { PapershiftActual, PsModel, PsPayroll, PsUser, PsUserDetails, PsWorkday } from './types.js';

export const papershiftProvider: Provider<PapershiftActual> = {
  name: 'papershift',
  read: readPapershift,
  plan: planPapershift,
  findCreated,
  readUnmanaged: readPapershiftUnmanaged,
};
