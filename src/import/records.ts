// What a provider's readUnmanaged() returns: the full record of one user nobody declares, in the provider's
// own read shapes (the ones its plan() compares against), so that rebuilding can aim at exactly that.
import type { KimaiUserRecord } from '../providers/kimai/types.js';
import type { McTimeListedUser } from '../providers/mctime/match.js';
import type { JsonObject } from '../providers/mctime/paths.js';
import type { PsModel, PsPayroll, PsUser } from '../providers/papershift/types.js';

interface RecordBase {
  /** The system's id of the user (as a string). */
  id: string;
  email: string | null;
  /** Active in the system (Kimai enabled, Papershift not deactivated, McTime listed as active). */
  active: boolean;
  /**
   * The identity the tool itself signs in with (Kimai token owner, Papershift's own user, McTime key owner
   * where the system tells): never turned into a declared person.
   */
  serviceAccount: boolean;
}

export interface KimaiImportRecord extends RecordBase {
  system: 'kimai';
  user: KimaiUserRecord;
}

export interface PapershiftImportRecord extends RecordBase {
  system: 'papershift';
  user: PsUser;
  /** Live models with their workdays. */
  models: PsModel[];
  payroll: PsPayroll | null;
}

export interface McTimeImportRecord extends RecordBase {
  system: 'mctime';
  listed: McTimeListedUser;
  /** The RAW GET /users/{id} document. */
  record: JsonObject;
}

export type ImportRecord = KimaiImportRecord | PapershiftImportRecord | McTimeImportRecord;

/** One human: at most one record per system. */
export interface RecordGroup {
  kimai?: KimaiImportRecord;
  papershift?: PapershiftImportRecord;
  mctime?: McTimeImportRecord;
}
