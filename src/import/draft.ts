// A contract model built from system data (no source position, no template yet).
import type { Contract } from '../model/declarations.js';

export const IMPORT_POS = { file: '(import)', line: 0, col: 0 };

export function draftContract(fields: Partial<Contract> & Pick<Contract, 'start' | 'type'>): Contract {
  return { end: null, days: {}, weeklySeconds: null, monthlySeconds: null, workDays: [], vacationDays: null, publicHolidayGroup: null, template: null, pos: IMPORT_POS, ...fields };
}
