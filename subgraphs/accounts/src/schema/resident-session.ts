import {
  type IssuedResidentSession,
  refreshResidentSession,
  signInResident,
  signUpResident,
} from '../auth/resident-sessions';
import { signOut } from '../auth/sessions';
import { builder } from '../builder';
import { SIGNED_IN_RESIDENT } from './grants';
import { ResidentRef } from './refs';
import { PreferredLanguageEnum } from './resident';

/** As for staff: the Resident type's rule reads the mutation field's grants. */
const GRANTS_TO_PAYLOAD_RESIDENT = [SIGNED_IN_RESIDENT];

const ResidentSignUpInput = builder.inputType('ResidentSignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: '12 to 1024 characters.' }),
    name: t.string({ required: true }),
    preferredLanguage: t.field({ type: PreferredLanguageEnum }),
  }),
});

const ResidentSignInInput = builder.inputType('ResidentSignInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const ResidentRefreshTokenInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ refreshToken: t.string({ required: true }) }) });
const RefreshResidentSessionInput = ResidentRefreshTokenInput('RefreshResidentSessionInput');
const ResidentSignOutInput = ResidentRefreshTokenInput('ResidentSignOutInput');

const ResidentSessionPayload = builder
  .objectRef<IssuedResidentSession>('ResidentSessionPayload')
  .implement({
    description:
      'A signed-in resident\'s tokens. Send the access token as "Authorization: Bearer"; ' +
      'exchange the refresh token (once each) for a new pair before it expires.',
    authScopes: { public: true },
    fields: (t) => ({
      accessToken: t.exposeString('accessToken', { description: 'JWT, valid 15 minutes.' }),
      accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
      refreshToken: t.exposeString('refreshToken', {
        description: 'Keep it secret; presenting one twice ends the session.',
      }),
      refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
      resident: t.field({
        type: ResidentRef,
        description: 'Who signed in.',
        grantScopes: [SIGNED_IN_RESIDENT],
        resolve: (session) => session.residentId,
      }),
    }),
  });

const ResidentSignOutPayload = builder
  .objectRef<{ sessionId: string | null }>('ResidentSignOutPayload')
  .implement({
    authScopes: { public: true },
    fields: (t) => ({
      sessionId: t.exposeID('sessionId', {
        nullable: true,
        description: 'The session that ended; null when the token was not one of ours.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  residentSignUp: t.field({
    type: ResidentSessionPayload,
    description:
      'Creates a resident account and signs it in. A taken email is CONFLICT; a password ' +
      'shorter than 12 characters BAD_USER_INPUT.',
    args: { input: t.arg({ type: ResidentSignUpInput, required: true }) },
    authScopes: { public: true },
    grantScopes: GRANTS_TO_PAYLOAD_RESIDENT,
    resolve: (_root, { input }, { db, secrets }) =>
      signUpResident(db, secrets, {
        email: input.email,
        password: input.password,
        fullName: input.name,
        preferredLanguage: input.preferredLanguage ?? null,
      }),
  }),
  residentSignIn: t.field({
    type: ResidentSessionPayload,
    description:
      'Signs a resident in. Any failure is UNAUTHENTICATED with the same message; after 5 ' +
      "failures in 15 minutes the email is locked for 15 minutes (extensions.reason 'LOCKED', retryAfterSeconds).",
    args: { input: t.arg({ type: ResidentSignInInput, required: true }) },
    authScopes: { public: true },
    grantScopes: GRANTS_TO_PAYLOAD_RESIDENT,
    resolve: (_root, { input }, { db, secrets }) =>
      signInResident(db, secrets, input.email, input.password),
  }),
  refreshResidentSession: t.field({
    type: ResidentSessionPayload,
    description: "Exchanges a resident's refresh token for a new access and refresh token.",
    args: { input: t.arg({ type: RefreshResidentSessionInput, required: true }) },
    authScopes: { public: true },
    grantScopes: GRANTS_TO_PAYLOAD_RESIDENT,
    resolve: (_root, { input }, { db, secrets }) =>
      refreshResidentSession(db, secrets, input.refreshToken),
  }),
  residentSignOut: t.field({
    type: ResidentSignOutPayload,
    description: 'Ends the session of a refresh token; its tokens stop working.',
    args: { input: t.arg({ type: ResidentSignOutInput, required: true }) },
    authScopes: { public: true },
    resolve: async (_root, { input }, { db }) => ({
      sessionId: await signOut(db, input.refreshToken),
    }),
  }),
}));
