import { badUserInput } from '@civicgraph/platform';
import { builder } from '../builder';
import { updateResident } from '../db/resident.repository';
import { PREFERRED_LANGUAGES } from '../db/resident.table';
import { SIGNED_IN_RESIDENT } from './grants';
import { ResidentRef } from './refs';

export const PreferredLanguageEnum = builder.enumType('PreferredLanguage', {
  values: PREFERRED_LANGUAGES,
  description: 'The language the city writes to a resident in.',
});

/**
 * Every field is personal data: the resident themself (signed in, or a partner app
 * acting for them with their consent: the caller is the resident either way), staff
 * holding residents.read, or whoever just signed in as them. Never a partner on its own.
 */
const residentRule = (resident: { id: string }) => ({
  $any: {
    resident: resident.id,
    permission: 'residents.read' as const,
    $granted: SIGNED_IN_RESIDENT,
  },
});

ResidentRef.implement({
  description:
    'A resident with an account of their own (the 311 app, partner apps acting for them). ' +
    'Personal data: readable by the resident and by staff holding residents.read.',
  authScopes: residentRule,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('fullName', { description: 'Full name, as the resident gave it.' }),
    email: t.exposeString('email', { description: 'Sign-in email (lower-cased).' }),
    phone: t.exposeString('phone', { nullable: true }),
    mailingAddress: t.exposeString('mailingAddress', { nullable: true }),
    preferredLanguage: t.expose('preferredLanguage', { type: PreferredLanguageEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  currentResident: t.field({
    type: ResidentRef,
    nullable: true,
    description:
      'The resident calling (signed in, or through a partner app acting for them); null for anyone else.',
    authScopes: { public: true },
    resolve: async (_root, _args, context) => {
      if (context.caller.kind !== 'resident') return null;
      const resident = await ResidentRef.getDataloader(context).load(context.caller.id);
      return resident?.active ? resident : null;
    },
  }),
}));

const UpdateResidentProfileInput = builder.inputType('UpdateResidentProfileInput', {
  description: 'Only the fields given change; null clears phone or mailing address.',
  fields: (t) => ({
    name: t.string(),
    phone: t.string(),
    mailingAddress: t.string(),
    preferredLanguage: t.field({ type: PreferredLanguageEnum }),
  }),
});

const UpdateResidentProfilePayload = builder
  .objectRef<{ residentId: string }>('UpdateResidentProfilePayload')
  .implement({
    authScopes: { permission: 'residents.profile' },
    fields: (t) => ({
      resident: t.field({ type: ResidentRef, resolve: (payload) => payload.residentId }),
    }),
  });

const PHONE = /^[0-9+()\-.\s]{7,25}$/;

function optionalText(value: string | null | undefined, argument: string, max: number) {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = value.trim();
  if (text.length > max || text.includes('\0')) {
    throw badUserInput(`${argument} must be at most ${max} characters`, { argument });
  }
  return text.length === 0 ? null : text;
}

builder.mutationFields((t) => ({
  updateResidentProfile: t.field({
    type: UpdateResidentProfilePayload,
    description: "Changes the calling resident's own name, phone, mailing address or language.",
    args: { input: t.arg({ type: UpdateResidentProfileInput, required: true }) },
    authScopes: { permission: 'residents.profile' },
    resolve: async (_root, { input }, { db, caller }) => {
      // The permission lets residents ask; only their own record is ever changed.
      if (caller.kind !== 'resident') throw new Error('unreachable: residents.profile');
      const name = optionalText(input.name, 'input.name', 200);
      if (input.name !== undefined && !name) {
        throw badUserInput('input.name must be 1 to 200 characters', { argument: 'input.name' });
      }
      const phone = optionalText(input.phone, 'input.phone', 25);
      if (phone && !PHONE.test(phone)) {
        throw badUserInput('input.phone must be a phone number', { argument: 'input.phone' });
      }
      const mailingAddress = optionalText(input.mailingAddress, 'input.mailingAddress', 500);
      if (input.preferredLanguage === null) {
        throw badUserInput('input.preferredLanguage cannot be null', {
          argument: 'input.preferredLanguage',
        });
      }
      const updated = await updateResident(db, caller.id, {
        ...(name ? { fullName: name } : {}),
        ...(phone !== undefined ? { phone } : {}),
        ...(mailingAddress !== undefined ? { mailingAddress } : {}),
        ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
      });
      if (!updated) throw badUserInput('No such resident', { argument: 'caller' });
      return { residentId: updated.id };
    },
  }),
}));
