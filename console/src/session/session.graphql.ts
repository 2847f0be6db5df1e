import { graphql } from '../generated';
import type { SessionFieldsFragment } from '../generated/graphql';

export type {
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  RefreshSessionMutation,
  RefreshSessionMutationVariables,
} from '../generated/graphql';

/** What signing in and refreshing return: the fields the console keeps. */
export type SessionPayloadFields = SessionFieldsFragment;

// What the console keeps of a session, for both operations that start one.
graphql(`
  fragment SessionFields on SessionPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    staff {
      id
      name
      role
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(input: { refreshToken: $refreshToken }) {
      ...SessionFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(input: { refreshToken: $refreshToken }) {
      sessionId
    }
  }
`);
