// Field reference of a McTime user, from ../shared/seeds/003 (the vendor's add-or-edit-user page) and
// mctime.md §5. Drives validation (validate.ts) and the read quirks (render.ts).

export type FieldKind =
  | { kind: 'string' }
  | { kind: 'timestamp' }
  | { kind: 'date' }
  | { kind: 'decimal' }
  | { kind: 'integer'; values?: readonly number[] }
  | { kind: 'boolean' }
  | { kind: 'country' }
  | { kind: 'enum'; values: readonly string[] };

const str = { kind: 'string' } as const;
const ts = { kind: 'timestamp' } as const;
const dec = { kind: 'decimal' } as const;
const int = { kind: 'integer' } as const;
const bool = { kind: 'boolean' } as const;
const country = { kind: 'country' } as const;
const oneOf = (...values: string[]): FieldKind => ({ kind: 'enum', values });

export const GENDERS = ['male', 'female', 'none'];
/** -1 no login, 0 web, 1 mobile; 2 is seen on read (G2), so it is accepted too (mctime.md §3.2). */
export const LOGIN_METHODS = [-1, 0, 1, 2];

/** Top-level scalar user fields (besides id, roles, address, exportIds, userEmployments, availableLoginMethods). */
export const USER_FIELDS: Record<string, FieldKind> = {
  accountId: str,
  accountRelId: int,
  parentGroupRelId: int,
  historyDataId: str,
  firstName: str,
  lastName: str,
  email: str,
  validFrom: ts,
  validTo: ts,
  gender: oneOf(...GENDERS),
  mobilePhoneNumber: str,
  nationality: country,
  birthDate: { kind: 'date' },
};

export const ADDRESS_FIELDS: Record<string, FieldKind> = {
  street: str,
  city: str,
  state: str,
  postalCode: str,
  country,
};

export const EXPORT_ID_FIELDS: Record<string, FieldKind> = {
  exportId1: str,
  exportId2: str,
  exportId3: str,
  hardwareTerminalChipId: str,
};

/** Employment-level scalars: meaning undocumented, echoed unchanged (mctime.md §5.5). */
export const EMPLOYMENT_FIELDS: Record<string, FieldKind> = { from: ts, to: ts, validFrom: ts, validTo: ts };

/** The employment sub-objects, each with its own id in the simulator, and their members (seed 003). */
export const EMPLOYMENT_OBJECTS: Record<string, Record<string, FieldKind>> = {
  basicData: {
    employmentStart: ts,
    employmentEnd: ts,
    comment: str,
    employeeId: str,
    employmentId: int,
    employmentRelationship: oneOf(
      'worker',
      'employee',
      'managing_director',
      'apprentice_worker',
      'apprentice_employee',
      'official',
      'asylum_seekers',
      'civilian_servants',
      'retrainee_rehabilitants_worker',
      'retrainee_rehabilitants_employee',
      'minimum_security',
      'other_persons_without_health_insurance_protection',
    ),
    dismissReason: oneOf(
      'notice_from_employer',
      'notice_from_employee',
      'mutual_notice',
      'time_expired',
      'eligible_early_leave',
      'dismissal_without_notice',
      'maternity_leave_acc_mschg_1979_vkg',
      'military_service',
      'civilian_service',
      'tenure_track_leave',
      'longer_than_one_month_unpaid_vacation',
      'register_change',
      'death_of_the_employee',
      'change_in_sv',
      'military_exercise',
      'retirement',
      'end_of_free_contract_acc_par_4_abs_4_asvg',
      'supersession_of_tribunal_service',
      'interruption_of_tribunal_service',
      'dismissal_from_federal_care',
      'notice_from_employee_while_parental_leave_acc_mschg_1979_vkg',
      'ineligible_early_leave',
      'study_leave_acc_par_11_avrag',
      'early_leave_from_employee_acc_parr_25_io',
      'notice_acc_par_25_io_from_insolvency_administrator',
      'notice_acc_par_25_io_from_employer',
      'end_of_sv_employment_active',
      'end_in_trial_time_through_employer',
      'study_leave_acc_par_12_avrag',
      'end_in_trial_time_through_employee',
      'other_exit_reason',
      'mutual_notice_because_of_transfer_to_employer',
    ),
    openVacationDays: dec,
    outstandingHours: dec,
  },
  insuranceInformation: {
    healthInsuranceCountry: country,
    healthInsuranceNumber: str,
    tariffGroup: str,
    typeOfHealthInsurance: oneOf('statutory', 'private'),
    healthInsuranceCompany: str,
  },
  employmentContract: {
    position: str,
    employmentType: oneOf(
      'full_time',
      'part_time',
      'marginally',
      'daily',
      'independent_contractor',
      'apprenticeship',
      'intern',
      'parent',
      'inactive',
      'part_time_student',
      'other',
    ),
    weeklyHours: dec,
    probationPeriod: ts,
    periodOfNotice: str,
  },
  collectiveAgreement: { collectiveAgreementId: int, collectiveAgreementName: str, usageGroup: str },
  publicProfile: { office: str, department: str, costCenter: str, workPhone: str },
  hrInformation: {
    status: oneOf('active', 'inactive', 'dormant'),
    superVisorUserId: str,
    hrContactUserId: str,
  },
  payrollInformation: {
    taxIdentificationNumber: str,
    taxOfficeId: int,
    taxClass: { kind: 'integer', values: [1, 2, 3, 4, 5, 6] },
    localAuthorityId: int,
    workplaceId: int,
    wageTaxAllowance: dec,
    maritalStatus: oneOf('single', 'married', 'single_parent', 'widowed'),
    denomination: str,
    childBenefit: dec,
    dependants: { kind: 'integer', values: [0, 1, 2, 3, 4] },
    childRelief: dec,
    severeDisability: bool,
    disability: str,
    highestGraduation: str,
    highestOccupation: str,
    buak: bool,
    occasionallyEmployed: bool,
    employmentBenefits: bool,
    commuterAllowance: int,
    subwayTax: bool,
    municipalTax: bool,
  },
  overtimeSettings: { timeCompensationAmount: dec },
  vacationSettings: { vacationCompensationAmount: dec },
  bankDetails: {
    paymentType: oneOf('cash', 'credit', 'bank_transfer'),
    nameOfAccountHolder: str,
    iban: str,
    bicSwift: str,
    bankName: str,
  },
};

/** ISO 3166-1 alpha-2, upper case (mctime.md §3.9: the vendor's Country List was not stored). */
export const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);
