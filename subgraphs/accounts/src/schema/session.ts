import { type IssuedSession, refreshSession, signIn, signOut } from '../auth/sessions';
import { builder } from '../builder';
import { SIGNED_IN_STAFF } from './grants';
import { StaffRef } from './refs';

/**
 * Staff's type rule (runScopesOnType) runs as graphql completes the Staff object and
 * reads the grants of the object above it: those of the mutation field, not of
 * SessionPayload.staff. So both grant; nothing else hangs off a SessionPayload.
 */
const GRANTS_TO_PAYLOAD_STAFF = [SIGNED_IN_STAFF];

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const RefreshTokenInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ refreshToken: t.string({ required: true }) }),
  });
const RefreshSessionInput = RefreshTokenInput('RefreshSessionInput');
const LogoutInput = RefreshTokenInput('LogoutInput');

const SessionPayload = builder.objectRef<IssuedSession>('SessionPayload').implement({
  description:
    'A signed-in staff member\'s tokens. Send the access token as "Authorization: Bearer"; ' +
    'before it expires, exchange the refresh token (once: each one works a single time) ' +
    'for a new pair. The refresh token ends with the session, at refreshTokenExpiresAt.',
  // Reached only through sign-in, by whoever just proved who they are.
  authScopes: { public: true },
  fields: (t) => ({
    accessToken: t.exposeString('accessToken', { description: 'JWT, valid 15 minutes.' }),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken', {
      description: 'Keep it secret; presenting one twice ends the session.',
    }),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
    staff: t.field({
      type: StaffRef,
      description: 'Who signed in.',
      // For the Staff fields' own rules (email); the mutation grants it for the type's.
      grantScopes: [SIGNED_IN_STAFF],
      resolve: (session) => session.staffId,
    }),
  }),
});

const LogoutPayload = builder.objectRef<{ sessionId: string | null }>('LogoutPayload').implement({
  authScopes: { public: true },
  fields: (t) => ({
    sessionId: t.exposeID('sessionId', {
      nullable: true,
      description: 'The session that ended; null when the token was not one of ours.',
    }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: SessionPayload,
    description:
      'Signs a staff member in. Any failure is UNAUTHENTICATED with the same message; ' +
      "after 5 failures in 15 minutes the email is locked for 15 minutes (extensions.reason 'LOCKED', retryAfterSeconds).",
    args: { input: t.arg({ type: LoginInput, required: true }) },
    authScopes: { public: true },
    grantScopes: GRANTS_TO_PAYLOAD_STAFF,
    resolve: (_root, { input }, { db, secrets }) =>
      signIn(db, secrets, input.email, input.password),
  }),
  refreshSession: t.field({
    type: SessionPayload,
    description: 'Exchanges a refresh token for a new access token and refresh token.',
    args: { input: t.arg({ type: RefreshSessionInput, required: true }) },
    authScopes: { public: true },
    grantScopes: GRANTS_TO_PAYLOAD_STAFF,
    resolve: (_root, { input }, { db, secrets }) => refreshSession(db, secrets, input.refreshToken),
  }),
  logout: t.field({
    type: LogoutPayload,
    description: 'Ends the session of a refresh token; its tokens stop working.',
    args: { input: t.arg({ type: LogoutInput, required: true }) },
    authScopes: { public: true },
    resolve: async (_root, { input }, { db }) => ({
      sessionId: await signOut(db, input.refreshToken),
    }),
  }),
}));

builder.queryFields((t) => ({
  me: t.field({
    type: StaffRef,
    nullable: true,
    description: 'The signed-in staff member; null for anyone else.',
    authScopes: { public: true },
    resolve: async (_root, _args, context) => {
      if (context.caller.kind !== 'staff') return null;
      const staff = await StaffRef.getDataloader(context).load(context.caller.id);
      return staff?.active ? staff : null;
    },
  }),
}));
