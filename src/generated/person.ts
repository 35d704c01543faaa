/* eslint-disable */
/** Generated from schema/person.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * A file under people/: one person, or several under `people:`.
 */
export type PersonFile = Person | PersonList;
/**
 * Last working day; after it the person is deactivated in every system.
 */
export type Date = string;
/**
 * First day the contract is in force.
 */
export type Date1 = string;
/**
 * Last day the contract is in force (optional).
 */
export type Date2 = string;
/**
 * How working time is counted.
 */
export type ContractType = 'day' | 'week' | 'month';
/**
 * Monday.
 */
export type Duration = string | number;
/**
 * Tuesday.
 */
export type Duration1 = string | number;
/**
 * Wednesday.
 */
export type Duration2 = string | number;
/**
 * Thursday.
 */
export type Duration3 = string | number;
/**
 * Friday.
 */
export type Duration4 = string | number;
/**
 * Saturday.
 */
export type Duration5 = string | number;
/**
 * Sunday.
 */
export type Duration6 = string | number;
/**
 * `week` contracts: working time per week.
 */
export type Duration7 = string | number;
/**
 * `month` contracts: working time per month.
 */
export type Duration8 = string | number;
/**
 * `week` and `month` contracts: the weekdays the hours are spread over.
 *
 * @minItems 1
 */
export type WorkDays = [Weekday, ...Weekday[]];
/**
 * A weekday, Monday first.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/**
 * Vacation days per year.
 */
export type VacationDays = number;
/**
 * Kimai public-holiday group id.
 */
export type PublicHolidayGroup = number;
/**
 * First day of the employment.
 */
export type Date3 = string;
/**
 * Last day of the employment.
 */
export type Date4 = string;
/**
 * Country of the health insurance (ISO alpha-2).
 */
export type Country = string;
/**
 * End of the probation period.
 */
export type Date5 = string;
/**
 * Nationality (ISO alpha-2, upper case).
 */
export type Country1 = string;
/**
 * Date of birth.
 */
export type Date6 = string;
/**
 * First day the user can sign in.
 */
export type Date7 = string;
/**
 * Country (ISO alpha-2, upper case).
 */
export type Country2 = string;

/**
 * One person: who they are, their working-time contracts, their employments and their settings per system.
 */
export interface Person {
  /**
   * Stable identifier, unique in the environment.
   */
  key: string;
  /**
   * First name.
   */
  firstName: string;
  /**
   * Last name.
   */
  lastName: string;
  /**
   * E-mail address; unique in the environment (case-insensitive).
   */
  email: string;
  leaveDate?: Date;
  /**
   * Working-time contracts in start order; each is in force from `start` until `end` or the next one's start.
   */
  contracts?: Contract[];
  /**
   * McTime employments (userEmployments), with McTime's own field names.
   */
  employments?: Employment[];
  systems?: PersonSystems;
}
/**
 * A working-time contract: a template, or a type with its hours.
 */
export interface Contract {
  start: Date1;
  end?: Date2;
  /**
   * Name of a template in contracts.yaml; only vacationDays and publicHolidayGroup may be overridden.
   */
  template?: string;
  type?: ContractType;
  days?: Days;
  weeklyHours?: Duration7;
  monthlyHours?: Duration8;
  workDays?: WorkDays;
  vacationDays?: VacationDays;
  publicHolidayGroup?: PublicHolidayGroup;
  /**
   * Free text for humans; not sent anywhere.
   */
  description?: string;
}
/**
 * `day` contracts: the working time of each weekday.
 */
export interface Days {
  mon?: Duration;
  tue?: Duration1;
  wed?: Duration2;
  thu?: Duration3;
  fri?: Duration4;
  sat?: Duration5;
  sun?: Duration6;
}
/**
 * A McTime employment (one entry of userEmployments).
 */
export interface Employment {
  basicData: EmploymentBasicData;
  /**
   * Pay schedules the employment is assigned to.
   */
  paySchedules?: PaySchedule[];
  insuranceInformation?: InsuranceInformation;
  employmentContract?: EmploymentContract;
  collectiveAgreement?: CollectiveAgreement;
  publicProfile?: PublicProfile;
  hrInformation?: HrInformation;
  payrollInformation?: PayrollInformation;
  overtimeSettings?: OvertimeSettings;
  vacationSettings?: VacationSettings;
  bankDetails?: BankDetails;
}
/**
 * Start, end and basic facts of the employment.
 */
export interface EmploymentBasicData {
  employmentStart: Date3;
  employmentEnd?: Date4;
  /**
   * Note for the payroll accountant.
   */
  comment?: string;
  /**
   * Personnel number.
   */
  employeeId?: string;
  /**
   * Employment number.
   */
  employmentId?: number;
  /**
   * Kind of employment relationship.
   */
  employmentRelationship?:
    | 'worker'
    | 'employee'
    | 'managing_director'
    | 'apprentice_worker'
    | 'apprentice_employee'
    | 'official'
    | 'asylum_seekers'
    | 'civilian_servants'
    | 'retrainee_rehabilitants_worker'
    | 'retrainee_rehabilitants_employee'
    | 'minimum_security'
    | 'other_persons_without_health_insurance_protection';
  /**
   * Why the employment ended.
   */
  dismissReason?:
    | 'notice_from_employer'
    | 'notice_from_employee'
    | 'mutual_notice'
    | 'time_expired'
    | 'eligible_early_leave'
    | 'dismissal_without_notice'
    | 'maternity_leave_acc_mschg_1979_vkg'
    | 'military_service'
    | 'civilian_service'
    | 'tenure_track_leave'
    | 'longer_than_one_month_unpaid_vacation'
    | 'register_change'
    | 'death_of_the_employee'
    | 'change_in_sv'
    | 'military_exercise'
    | 'retirement'
    | 'end_of_free_contract_acc_par_4_abs_4_asvg'
    | 'supersession_of_tribunal_service'
    | 'interruption_of_tribunal_service'
    | 'dismissal_from_federal_care'
    | 'notice_from_employee_while_parental_leave_acc_mschg_1979_vkg'
    | 'ineligible_early_leave'
    | 'study_leave_acc_par_11_avrag'
    | 'early_leave_from_employee_acc_parr_25_io'
    | 'notice_acc_par_25_io_from_insolvency_administrator'
    | 'notice_acc_par_25_io_from_employer'
    | 'end_of_sv_employment_active'
    | 'end_in_trial_time_through_employer'
    | 'study_leave_acc_par_12_avrag'
    | 'end_in_trial_time_through_employee'
    | 'other_exit_reason'
    | 'mutual_notice_because_of_transfer_to_employer';
  /**
   * Open vacation days after the employment's end.
   */
  openVacationDays?: number;
  /**
   * Outstanding hours or overtime after the employment's end.
   */
  outstandingHours?: number;
}
/**
 * A pay schedule, by id.
 */
export interface PaySchedule {
  /**
   * Id of the pay schedule.
   */
  id: string;
}
/**
 * Health insurance.
 */
export interface InsuranceInformation {
  healthInsuranceCountry?: Country;
  /**
   * Health insurance number.
   */
  healthInsuranceNumber?: string;
  /**
   * Tariff group.
   */
  tariffGroup?: string;
  /**
   * Statutory or private.
   */
  typeOfHealthInsurance?: 'statutory' | 'private';
  /**
   * Name of the health insurance company.
   */
  healthInsuranceCompany?: string;
}
/**
 * Position, type and hours.
 */
export interface EmploymentContract {
  /**
   * Job title.
   */
  position?: string;
  /**
   * Type of employment.
   */
  employmentType?:
    | 'full_time'
    | 'part_time'
    | 'marginally'
    | 'daily'
    | 'independent_contractor'
    | 'apprenticeship'
    | 'intern'
    | 'parent'
    | 'inactive'
    | 'part_time_student'
    | 'other';
  /**
   * Weekly working hours (a number of hours).
   */
  weeklyHours?: number;
  probationPeriod?: Date5;
  /**
   * Period of notice, as text (e.g. `6 weeks`).
   */
  periodOfNotice?: string;
}
/**
 * Collective agreement, if any.
 */
export interface CollectiveAgreement {
  /**
   * Id of the collective agreement.
   */
  collectiveAgreementId?: number;
  /**
   * Name of the collective agreement.
   */
  collectiveAgreementName?: string;
  /**
   * Usage (pay) group.
   */
  usageGroup?: string;
}
/**
 * Office, department, cost centre, phone.
 */
export interface PublicProfile {
  /**
   * Office.
   */
  office?: string;
  /**
   * Department.
   */
  department?: string;
  /**
   * Cost centre.
   */
  costCenter?: string;
  /**
   * Work phone number.
   */
  workPhone?: string;
}
/**
 * HR status and contacts.
 */
export interface HrInformation {
  /**
   * HR status.
   */
  status?: 'active' | 'inactive' | 'dormant';
  /**
   * McTime user id of the supervisor.
   */
  superVisorUserId?: string;
  /**
   * McTime user id of the HR contact.
   */
  hrContactUserId?: string;
}
/**
 * Tax and payroll data.
 */
export interface PayrollInformation {
  /**
   * Tax identification number.
   */
  taxIdentificationNumber?: string;
  /**
   * Id of the tax office.
   */
  taxOfficeId?: number;
  /**
   * Tax class, 1 to 6.
   */
  taxClass?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Id of the local authority.
   */
  localAuthorityId?: number;
  /**
   * Id of the workplace.
   */
  workplaceId?: number;
  /**
   * Wage tax allowance.
   */
  wageTaxAllowance?: number;
  /**
   * Marital status.
   */
  maritalStatus?: 'single' | 'married' | 'single_parent' | 'widowed';
  /**
   * Religious denomination (church tax).
   */
  denomination?: string;
  /**
   * Child benefit.
   */
  childBenefit?: number;
  /**
   * Number of children, 0 to 4.
   */
  dependants?: 0 | 1 | 2 | 3 | 4;
  /**
   * Child relief.
   */
  childRelief?: number;
  /**
   * Severely disabled.
   */
  severeDisability?: boolean;
  /**
   * Disability.
   */
  disability?: string;
  /**
   * Highest school graduation.
   */
  highestGraduation?: string;
  /**
   * Highest professional qualification.
   */
  highestOccupation?: string;
  /**
   * Subject to BUAK (Austrian construction workers' fund).
   */
  buak?: boolean;
  /**
   * Occasionally employed.
   */
  occasionallyEmployed?: boolean;
  /**
   * Receives employment benefits.
   */
  employmentBenefits?: boolean;
  /**
   * Commuter allowance.
   */
  commuterAllowance?: number;
  /**
   * Subject to the Vienna subway tax (U-Bahn-Steuer).
   */
  subwayTax?: boolean;
  /**
   * Subject to municipal tax.
   */
  municipalTax?: boolean;
}
/**
 * Overtime pool adjustments.
 */
export interface OvertimeSettings {
  /**
   * Hours added to (negative: subtracted from) the overtime pool.
   */
  timeCompensationAmount?: number;
}
/**
 * Vacation pool adjustments.
 */
export interface VacationSettings {
  /**
   * Vacation hours added to (negative: subtracted from) the vacation pool.
   */
  vacationCompensationAmount?: number;
}
/**
 * How the salary is paid.
 */
export interface BankDetails {
  /**
   * Payment type.
   */
  paymentType?: 'cash' | 'credit' | 'bank_transfer';
  /**
   * Name of the account holder.
   */
  nameOfAccountHolder?: string;
  /**
   * IBAN.
   */
  iban?: string;
  /**
   * BIC / SWIFT code.
   */
  bicSwift?: string;
  /**
   * Name of the bank.
   */
  bankName?: string;
}
/**
 * Settings per system; a person is managed in a system named here.
 */
export interface PersonSystems {
  kimai?: KimaiPerson;
  papershift?: PapershiftPerson;
  mctime?: McTimePerson;
}
/**
 * Manage this person in Kimai.
 */
export interface KimaiPerson {
  /**
   * Kimai username (how an existing user is matched).
   */
  username: string;
  /**
   * Pins the Kimai user id.
   */
  id?: number;
  /**
   * Kimai roles (ROLE_TEAMLEAD, ROLE_ADMIN, ROLE_SUPER_ADMIN, ...); ROLE_USER is implicit and not allowed.
   */
  roles?: string[];
  /**
   * IANA time zone; default from defaults.kimai.
   */
  timezone?: string;
  /**
   * UI language; default from defaults.kimai.
   */
  language?: string;
  /**
   * Formatting locale; default from defaults.kimai.
   */
  locale?: string;
  /**
   * Display name (Kimai keeps at most 60 characters).
   */
  alias?: string;
  /**
   * Job title (Kimai keeps at most 50 characters).
   */
  title?: string;
  /**
   * Staff or account number (Kimai keeps at most 30 characters).
   */
  accountNumber?: string;
}
/**
 * Manage this person in Papershift.
 */
export interface PapershiftPerson {
  /**
   * Pins the Papershift user id.
   */
  id?: string;
  /**
   * Payroll staff number, unique in the account.
   */
  staffNumber?: number;
}
/**
 * Manage this person in McTime.
 */
export interface McTimePerson {
  /**
   * Pins the McTime user id.
   */
  id?: string;
  /**
   * Roles per organization; absent: McTime's default (employee in the main organization). Not empty: McTime documents no user without a role.
   *
   * @minItems 1
   */
  roles?: [McTimeRole, ...McTimeRole[]];
  /**
   * Gender.
   */
  gender?: 'male' | 'female' | 'none';
  /**
   * Mobile phone number (for SMS notifications).
   */
  mobilePhoneNumber?: string;
  nationality?: Country1;
  birthDate?: Date6;
  validFrom?: Date7;
  address?: McTimeAddress;
  exportIds?: McTimeExportIds;
  /**
   * 0: web, 1: mobile apps, -1: no sign-in.
   */
  availableLoginMethods?: (-1 | 0 | 1)[];
}
/**
 * A role in some organizations.
 */
export interface McTimeRole {
  /**
   * The role.
   */
  role: 'employee' | 'approver' | 'manager' | 'administrator' | 'main_administrator';
  /**
   * Organizations, each by id or by name.
   *
   * @minItems 1
   */
  organizations: [McTimeOrganization, ...McTimeOrganization[]];
}
/**
 * An organization by `id` (preferred) or by `name`: exactly one of them.
 */
export interface McTimeOrganization {
  /**
   * Organization id.
   */
  id?: string;
  /**
   * Organization name.
   */
  name?: string;
}
/**
 * Postal address.
 */
export interface McTimeAddress {
  /**
   * Street and number.
   */
  street?: string;
  /**
   * City.
   */
  city?: string;
  /**
   * State or province.
   */
  state?: string;
  /**
   * Postal code.
   */
  postalCode?: string;
  country?: Country2;
}
/**
 * Ids for matching the user in third-party systems.
 */
export interface McTimeExportIds {
  /**
   * Export id 1.
   */
  exportId1?: string;
  /**
   * Export id 2.
   */
  exportId2?: string;
  /**
   * Export id 3.
   */
  exportId3?: string;
  /**
   * Chip id for the hardware terminal.
   */
  hardwareTerminalChipId?: string;
}
/**
 * Several people in one file.
 */
export interface PersonList {
  /**
   * The people.
   *
   * @minItems 1
   */
  people: [Person, ...Person[]];
}
