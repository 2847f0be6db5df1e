import {
  grantConsent,
  residentSignedInThemself,
  revokeResidentConsent,
} from '../auth/resident-consents';
import { builder } from '../builder';
import { apiClientById } from '../db/api-client.repository';
import { consentsOfResident } from '../db/resident-consent.repository';
import type { ResidentConsent } from '../db/resident-consent.table';

const ResidentConsentRef = builder.objectRef<ResidentConsent>('ResidentConsent').implement({
  description:
    "A resident's consent that one partner app act for them (it sends the consent token in " +
    'X-Resident-Consent with its own API key). Only the resident sees their consents.',
  authScopes: { permission: 'residents.consents.manage' },
  fields: (t) => ({
    id: t.exposeID('id'),
    apiClientId: t.exposeID('apiClientId', { description: 'The partner app it lets act.' }),
    partnerName: t.string({
      description: "The partner app's name, as the city registered it.",
      resolve: async (consent, _args, { db }) =>
        (await apiClientById(db, consent.apiClientId))?.name ?? '',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
  }),
});

const GrantResidentConsentInput = builder.inputType('GrantResidentConsentInput', {
  fields: (t) => ({
    apiClientId: t.id({ required: true, description: 'The partner app (API client) to trust.' }),
  }),
});
const RevokeResidentConsentInput = builder.inputType('RevokeResidentConsentInput', {
  fields: (t) => ({ consentId: t.id({ required: true }) }),
});

const GrantResidentConsentPayload = builder
  .objectRef<{ consent: ResidentConsent; consentToken: string }>('GrantResidentConsentPayload')
  .implement({
    authScopes: { permission: 'residents.consents.manage' },
    fields: (t) => ({
      consent: t.field({ type: ResidentConsentRef, resolve: (p) => p.consent }),
      consentToken: t.exposeString('consentToken', {
        description: 'Shown once: hand it to the partner app. Only its hash is kept.',
      }),
    }),
  });

const RevokeResidentConsentPayload = builder
  .objectRef<{ consent: ResidentConsent }>('RevokeResidentConsentPayload')
  .implement({
    authScopes: { permission: 'residents.consents.manage' },
    fields: (t) => ({
      consent: t.field({ type: ResidentConsentRef, resolve: (p) => p.consent }),
    }),
  });

builder.queryFields((t) => ({
  residentConsents: t.field({
    type: [ResidentConsentRef],
    description:
      "The signed-in resident's consents to partner apps, newest first (revoked and expired included).",
    authScopes: { permission: 'residents.consents.manage' },
    resolve: (_root, _args, { db, caller }) =>
      consentsOfResident(db, residentSignedInThemself(caller)),
  }),
}));

builder.mutationFields((t) => ({
  grantResidentConsent: t.field({
    type: GrantResidentConsentPayload,
    description:
      'Lets a partner app holding residents:act act for the signed-in resident, for 180 days ' +
      'or until revoked. Not available to an app acting for them (FORBIDDEN).',
    args: { input: t.arg({ type: GrantResidentConsentInput, required: true }) },
    authScopes: { permission: 'residents.consents.manage' },
    resolve: (_root, { input }, { db, caller }) =>
      grantConsent(db, residentSignedInThemself(caller), input.apiClientId),
  }),
  revokeResidentConsent: t.field({
    type: RevokeResidentConsentPayload,
    description: 'Ends a consent at once (the gateway may honour it for up to its cache time).',
    args: { input: t.arg({ type: RevokeResidentConsentInput, required: true }) },
    authScopes: { permission: 'residents.consents.manage' },
    resolve: async (_root, { input }, { db, caller }) => ({
      consent: await revokeResidentConsent(db, residentSignedInThemself(caller), input.consentId),
    }),
  }),
}));
