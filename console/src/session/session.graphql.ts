import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StaffRole } from '../generated/graphql';

// The accounts subgraph's session operations (issue 6 contract). They are not in
// schema/api.graphql on this branch yet, so codegen cannot type them: the documents
// use `gql` and the types below are written by hand, named and shaped as the client
// preset would generate them. Once the schema has the operations: change `gql` to
// `graphql` from '../generated', run codegen, and delete the hand-written types
// (import them from '../generated/graphql' instead; the client preset finds the
// fragment by name, so the `${SessionFieldsFragment}` interpolations go too). Inputs
// are written inline so that the documents depend on no input type's name.

/** What signing in and refreshing return: the fields the console keeps. */
export interface SessionPayloadFields {
  __typename?: 'SessionPayload';
  accessToken: string;
  /** ISO 8601, like every DateTime. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  staff: { __typename?: 'Staff'; id: string; name: string; role: StaffRole };
}

// What the console keeps of a session, for both operations that start one.
const SessionFieldsFragment = gql`
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
`;

export type LoginMutationVariables = { email: string; password: string };
export type LoginMutation = { __typename?: 'Mutation'; login: SessionPayloadFields };

export const LoginDocument: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      ...SessionFields
    }
  }
  ${SessionFieldsFragment}
`;

export type RefreshSessionMutationVariables = { refreshToken: string };
export type RefreshSessionMutation = {
  __typename?: 'Mutation';
  refreshSession: SessionPayloadFields;
};

export const RefreshSessionDocument: TypedDocumentNode<
  RefreshSessionMutation,
  RefreshSessionMutationVariables
> = gql`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(input: { refreshToken: $refreshToken }) {
      ...SessionFields
    }
  }
  ${SessionFieldsFragment}
`;

export type LogoutMutationVariables = { refreshToken: string };
// Only `__typename`: the payload's other fields are accounts' to name.
export type LogoutMutation = { __typename?: 'Mutation'; logout: { __typename: string } };

export const LogoutDocument: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout($refreshToken: String!) {
    logout(input: { refreshToken: $refreshToken }) {
      __typename
    }
  }
`;
