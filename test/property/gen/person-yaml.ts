// The generated people as the YAML documents a user would write (the `yaml` package stringifies them).
import { WEEKDAYS, type GenContract, type GenEmployment, type GenPerson, type Json } from './declarations.js';

function contractYaml(c: GenContract): Json {
  const out: Json = { start: c.start };
  if (c.end !== undefined) out.end = c.end;
  const s = c.shape;
  if (c.template !== undefined) out.template = c.template;
  else out.type = s.type;
  if (c.template !== undefined) {
    // A template fixes the hours; only vacationDays and publicHolidayGroup may be overridden.
  } else if (s.type === 'day')
    out.days = Object.fromEntries(WEEKDAYS.filter((d) => s.days[d]).map((d) => [d, s.days[d]!.text]));
  else if (s.type === 'week') Object.assign(out, { weeklyHours: s.weeklyHours.text, workDays: s.workDays });
  else Object.assign(out, { monthlyHours: s.monthlyHours.text, workDays: s.workDays });
  if (c.vacationDays !== undefined) out.vacationDays = c.vacationDays;
  if (c.publicHolidayGroup !== undefined) out.publicHolidayGroup = c.publicHolidayGroup;
  return out;
}

/** The employment as declared in YAML (dates YYYY-MM-DD). */
export function employmentYaml(e: GenEmployment): Json {
  const basicData: Json = {
    employmentStart: e.start,
    ...(e.end !== undefined ? { employmentEnd: e.end } : {}),
    ...e.basicData,
  };
  const out: Json = { basicData };
  for (const k of ['employmentContract', 'bankDetails', 'payrollInformation'] as const)
    if (e[k] && Object.keys(e[k]).length > 0) out[k] = e[k];
  if (e.paySchedules) out.paySchedules = e.paySchedules;
  return out;
}

/** The person file's content, as the `yaml` package should write it. */
export function personYaml(p: GenPerson): Json {
  const out: Json = { key: p.key, firstName: p.firstName, lastName: p.lastName, email: p.email };
  if (p.leaveDate !== undefined) out.leaveDate = p.leaveDate;
  if (p.contracts.length > 0) out.contracts = p.contracts.map(contractYaml);
  if (p.employments.length > 0) out.employments = p.employments.map(employmentYaml);
  const systems: Json = {};
  if (p.kimai) systems.kimai = p.kimai;
  if (p.papershift) systems.papershift = p.papershift;
  if (p.mctime) systems.mctime = p.mctime;
  if (Object.keys(systems).length > 0) out.systems = systems;
  return out;
}
