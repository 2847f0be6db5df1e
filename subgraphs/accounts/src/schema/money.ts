import { builder } from '../builder';

/** An amount of money: integer cents and an ISO 4217 currency code, never a float. */
export interface Money {
  cents: number;
  currency: string;
}

export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description:
    'An amount of money in the smallest unit of its currency (cents for USD): integers, never floats.',
  // A value, not a record: whoever may read the field holding it reads it.
  authScopes: { public: true },
  fields: (t) => ({
    amountCents: t.exposeInt('cents', {
      description: 'The amount in cents (negative for a credit).',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. USD.' }),
  }),
});

/** Money from a bigint column (parsed as a number: cents stay far below 2^53). */
export function money(cents: number | string, currency: string): Money {
  return { cents: Number(cents), currency };
}
