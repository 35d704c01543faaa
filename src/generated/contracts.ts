/* eslint-disable */
/** Generated from schema/contracts.schema.json by `npm run gen:types`. Do not edit by hand. */

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
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "weekday".
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/**
 * Vacation days per year.
 */
export type VacationDays = number;
/**
 * Kimai public-holiday group id the person's holidays come from.
 */
export type PublicHolidayGroup = number;
/**
 * `day`: hours per weekday; `week`: hours per week; `month`: hours per month.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "contractType".
 */
export type ContractType1 = 'day' | 'week' | 'month';
/**
 * A duration: `8h`, `7h30m`, `45m`, `30s`, or a whole number of seconds.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration9 = string | number;
/**
 * A calendar date, YYYY-MM-DD.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "date".
 */
export type Date = string;
/**
 * Distinct weekdays.
 *
 * @minItems 1
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "workDays".
 */
export type WorkDays1 = [Weekday, ...Weekday[]];
/**
 * Vacation days per year, in half days.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "vacationDays".
 */
export type VacationDays1 = number;
/**
 * Kimai public-holiday group id.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "publicHolidayGroup".
 */
export type PublicHolidayGroup1 = number;

/**
 * contracts.yaml: reusable working-time contract templates, by name. A person's contract refers to one with `template: <name>`.
 */
export interface ContractTemplates {
  [k: string]: ContractTemplate;
}
/**
 * A working-time contract without dates.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "contractTemplate".
 */
export interface ContractTemplate {
  type: ContractType;
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
 * Working time per weekday; a weekday left out is not worked.
 *
 * This interface was referenced by `ContractTemplates`'s JSON-Schema
 * via the `definition` "days".
 */
export interface Days1 {
  mon?: Duration;
  tue?: Duration1;
  wed?: Duration2;
  thu?: Duration3;
  fri?: Duration4;
  sat?: Duration5;
  sun?: Duration6;
}
