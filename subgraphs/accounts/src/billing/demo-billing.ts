import { type DemoCity, Random } from '@civicgraph/demo-city';
import { localParts } from '@civicgraph/platform';
import { type DemoStatement, demoStatements, type PayerHabit } from './demo-statements';

/**
 * The demo city's utility accounts: the demo residents' own (one shared by two of
 * them, one past due, one on AutoPay) and a few hundred nobody has linked yet, each
 * with 24 monthly statements and the payments that make them add up.
 */

export interface DemoResident {
  /** Local part of the address, at `demo.<jurisdiction>`: `resident@demo.phoenix.az.us`. */
  localPart: string;
  fullName: string;
  preferredLanguage: 'EN' | 'ES';
}

/** The documented demo residents (the residents' sign-in seeds them with passwords). */
export const DEMO_RESIDENTS: readonly DemoResident[] = [
  { localPart: 'resident', fullName: 'Alex Rivera', preferredLanguage: 'EN' },
  { localPart: 'residente', fullName: 'María Hernández', preferredLanguage: 'ES' },
  { localPart: 'resident2', fullName: 'Sam Rivera', preferredLanguage: 'EN' },
];

export function demoResidentEmail(resident: DemoResident, jurisdictionId: string) {
  return `${resident.localPart}@demo.${jurisdictionId}`;
}

/** The unlinked demo account whose PIN the README gives, to try linking with. */
export const DOCUMENTED_ACCOUNT = { accountNumber: '4000000100', pin: '123456' } as const;

export interface DemoAccount {
  id: string;
  accountNumber: string;
  serviceAddress: string;
  pin: string;
  /** Indexes into DEMO_RESIDENTS of who holds it. */
  holders: number[];
  habit: PayerHabit;
  statements: Array<DemoStatement & { id: string; paymentIds: string[] }>;
}

/** Accounts nobody has linked: about one per 15 requests of the demo, 20 to 300. */
export function unlinkedAccountCount(city: DemoCity) {
  return Math.min(300, Math.max(20, Math.round(city.requestCount / 15)));
}

const HABITS: ReadonlyArray<[PayerHabit, number]> = [
  ['ON_TIME', 0.55],
  ['AUTOPAY', 0.25],
  ['LATE', 0.12],
  ['STOPPED_PAYING', 0.08],
];

function account(
  city: DemoCity,
  index: number,
  accountNumber: string,
  holders: number[],
  habit: PayerHabit | null,
  today: string,
  pin?: string,
): DemoAccount {
  const random = Random.derive(city.seed, 'utility-account', index);
  const street = random.pick(city.streets).name;
  const serviceAddress = `${random.int(100, 9999)} ${random.pick(['N', 'S', 'E', 'W'])} ${street}`;
  const drawnPin = String(random.int(0, 999_999)).padStart(6, '0');
  const chosen = habit ?? random.weightedPick(HABITS, ([, weight]) => weight)[0];
  const baseCcf = random.int(6, 16);
  const statements = demoStatements(random, chosen, baseCcf, today).map((statement) => ({
    ...statement,
    id: random.uuid(),
    paymentIds: statement.payments.map(() => random.uuid()),
  }));
  return {
    id: random.uuid(),
    accountNumber,
    serviceAddress,
    pin: pin ?? drawnPin,
    holders,
    habit: chosen,
    statements,
  };
}

/** Every demo account with its statements, as of the city's clock in its time zone. */
export function demoAccounts(city: DemoCity): DemoAccount[] {
  const today = localParts(city.now, city.profile.timeZone).date;
  const accounts = [
    // The first resident's home, shared with their housemate: the newest bill not yet paid.
    account(city, 0, '4000000001', [0, 2], 'NEWEST_UNPAID', today),
    // The first resident's rental: two months unpaid, past due.
    account(city, 1, '4000000002', [0], 'STOPPED_PAYING', today),
    // The Spanish-speaking resident pays by AutoPay.
    account(city, 2, '4000000003', [1], 'AUTOPAY', today),
  ];
  const unlinked = unlinkedAccountCount(city);
  for (let k = 0; k < unlinked; k++) {
    const number = String(Number(DOCUMENTED_ACCOUNT.accountNumber) + k);
    const pin = k === 0 ? DOCUMENTED_ACCOUNT.pin : undefined;
    accounts.push(account(city, 100 + k, number, [], null, today, pin));
  }
  return accounts;
}
