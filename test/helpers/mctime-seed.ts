// Fixtures for the McTime simulator and provider tests.
import type { McTimeSeed } from '../../src/sim/mctime/index.js';

export const MAIN = '00000000-0000-4000-8000-00000000c001';
export const TEAM_A = '00000000-0000-4000-8000-00000000c002';
export const OTHER = '00000000-0000-4000-8000-00000000c003';
export const ADMIN = '00000000-0000-4000-8000-00000000a001';
export const EMPLOYEE = '00000000-0000-4000-8000-00000000a002';
export const OUTSIDER = '00000000-0000-4000-8000-00000000a003';
export const ANNA = '00000000-0000-4000-8000-00000000a004';
export const ADMIN_KEY = 'key-admin';
export const EMPLOYEE_KEY = 'key-employee';

const role = (r: string, orgId: string) => ({ role: r, organizations: [{ id: orgId }] });

/** A user holding everything a careless full replace would erase. */
export function annaDocument(): Record<string, unknown> {
  return {
    id: ANNA,
    accountId: '00000000-0000-4000-8000-0000000acc04',
    firstName: 'Anna',
    lastName: 'Berger',
    email: 'anna.berger@example.com',
    validFrom: '2019-01-01T00:00:00+00:00',
    validTo: null,
    gender: 'female',
    mobilePhoneNumber: '+436641234567',
    nationality: 'AT',
    birthDate: '1985-02-01',
    availableLoginMethods: [-1],
    roles: [role('employee', TEAM_A)],
    address: {
      id: '00000000-0000-4000-8000-0000000add04',
      relId: 2545315,
      street: 'Hauptplatz 1',
      city: 'Graz',
      postalCode: '8010',
      country: 'AT',
    },
    exportIds: { exportId1: '1001', exportId2: '', exportId3: '', hardwareTerminalChipId: 'CHIP-77' },
    customFlag: { keep: 'me' },
    userEmployments: [
      {
        id: '00000000-0000-4000-8000-00000000e001',
        basicData: {
          employmentStart: '2019-01-01T00:00:00+00:00',
          employmentEnd: '2024-12-31T00:00:00+00:00',
          employeeId: '77',
          dismissReason: 'mutual_notice',
          openVacationDays: 3.5,
        },
        employmentContract: { position: 'Trainee', employmentType: 'apprenticeship', weeklyHours: 38.5 },
        bankDetails: {
          paymentType: 'bank_transfer',
          iban: 'AT611904300234573201',
          bicSwift: 'BKAUATWW',
          nameOfAccountHolder: 'Anna Berger',
          bankName: 'Bank',
        },
      },
      {
        id: '00000000-0000-4000-8000-00000000e002',
        basicData: {
          employmentStart: '2025-01-01T00:00:00+00:00',
          employmentEnd: null,
          employeeId: '1001',
          employmentRelationship: 'employee',
        },
        employmentContract: { position: 'Engineer', employmentType: 'full_time', weeklyHours: 40 },
        payrollInformation: {
          taxIdentificationNumber: 'TAX-1',
          taxClass: 1,
          maritalStatus: 'married',
          severeDisability: false,
          wageTaxAllowance: 1.2,
        },
        bankDetails: {
          paymentType: 'bank_transfer',
          iban: 'AT483200000012345864',
          bicSwift: 'RLNWATWW',
          nameOfAccountHolder: 'Anna Berger',
          bankName: 'Raiffeisen',
        },
        paySchedules: [{ id: 'ps-monthly' }],
      },
    ],
  };
}

export function baseSeed(extraUsers = 0): McTimeSeed {
  const users: Array<Record<string, unknown>> = [
    {
      id: ADMIN,
      firstName: 'Ada',
      lastName: 'Admin',
      email: 'admin@example.com',
      roles: [role('main_administrator', MAIN)],
    },
    {
      id: EMPLOYEE,
      firstName: 'Eve',
      lastName: 'Employee',
      email: 'eve@example.com',
      roles: [role('employee', TEAM_A)],
    },
    {
      id: OUTSIDER,
      firstName: 'Otto',
      lastName: 'Outside',
      email: 'otto@example.com',
      roles: [role('employee', OTHER)],
    },
    annaDocument(),
  ];
  for (let i = 0; i < extraUsers; i++)
    users.push({
      firstName: `F${String(i).padStart(2, '0')}`,
      lastName: `Zz${String(i % 5)}`,
      email: `user${i}@example.com`,
      roles: [role('employee', MAIN)],
    });
  return {
    organizations: [
      { id: MAIN, name: 'Main GmbH', type: 'company', parentId: null, validFrom: null, validTo: null },
      { id: TEAM_A, name: 'Team A', type: 'branch', parentId: MAIN, validFrom: null, validTo: null },
      { id: OTHER, name: 'Other AG', type: 'company', parentId: null, validFrom: null, validTo: null },
    ],
    users,
    apiKeys: { [ADMIN_KEY]: ADMIN, [EMPLOYEE_KEY]: EMPLOYEE },
  };
}
