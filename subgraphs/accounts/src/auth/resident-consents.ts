import { type Caller, checkedId, notFound } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { apiClientById } from '../db/api-client.repository';
import type { AccountsDatabase } from '../db/database';
import { insertConsent, revokeConsent } from '../db/resident-consent.repository';
import { CONSENT_LIFETIME_SECONDS, newConsentToken } from './consent-token';

type Db = Kysely<AccountsDatabase>;

/**
 * Only the resident themself, signed in, manages consents: a partner app acting for
 * them must not hand itself (or another app) more reach, nor hide a revocation.
 */
export function residentSignedInThemself(caller: Caller): string {
  if (caller.kind === 'resident' && !caller.actingPartnerId) return caller.id;
  if (caller.kind === 'anonymous') {
    throw new GraphQLError('Sign in as a resident to manage consents', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  throw new GraphQLError('Only the resident, signed in themself, may manage their consents', {
    extensions: { code: 'FORBIDDEN' },
  });
}

/**
 * Lets one partner app act for the resident: a new consent token, shown once, that the
 * resident hands to that app. The app must be live and hold `residents:act`.
 */
export async function grantConsent(db: Db, residentId: string, apiClientIdInput: string) {
  const apiClientId = checkedId(apiClientIdInput, 'input.apiClientId');
  const client = await apiClientById(db, apiClientId);
  if (!client || client.revokedAt) throw notFound('Partner app', apiClientId);
  if (!client.scopes.includes('residents:act')) {
    throw new GraphQLError('This partner app may not act for residents', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.apiClientId' },
    });
  }
  const token = newConsentToken();
  const consent = await insertConsent(db, {
    residentId,
    apiClientId,
    tokenHash: token.hash,
    lifetimeSeconds: CONSENT_LIFETIME_SECONDS,
  });
  return { consent, consentToken: token.token };
}

export async function revokeResidentConsent(db: Db, residentId: string, consentIdInput: string) {
  const consentId = checkedId(consentIdInput, 'input.consentId');
  const consent = await revokeConsent(db, residentId, consentId);
  // Another resident's consent is "not found" too: its existence is not theirs to learn.
  if (!consent) throw notFound('Consent', consentId);
  return consent;
}
