/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.CityDocument,
    "\n  query WorkOrderLocation($id: ID!) {\n    workOrder(id: $id) {\n      id\n      location {\n        lon\n        lat\n      }\n    }\n  }\n": typeof types.WorkOrderLocationDocument,
    "\n  query AreaWorkOrders($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          location {\n            lon\n            lat\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AreaWorkOrdersDocument,
    "\n  query AreaService($code: String!) {\n    service(code: $code) {\n      id\n    }\n  }\n": typeof types.AreaServiceDocument,
    "\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenWorkOrdersDocument,
};
const documents: Documents = {
    "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n": types.CityDocument,
    "\n  query WorkOrderLocation($id: ID!) {\n    workOrder(id: $id) {\n      id\n      location {\n        lon\n        lat\n      }\n    }\n  }\n": types.WorkOrderLocationDocument,
    "\n  query AreaWorkOrders($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          location {\n            lon\n            lat\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AreaWorkOrdersDocument,
    "\n  query AreaService($code: String!) {\n    service(code: $code) {\n      id\n    }\n  }\n": types.AreaServiceDocument,
    "\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n": types.LogoutDocument,
    "\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OpenWorkOrdersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderLocation($id: ID!) {\n    workOrder(id: $id) {\n      id\n      location {\n        lon\n        lat\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderLocation($id: ID!) {\n    workOrder(id: $id) {\n      id\n      location {\n        lon\n        lat\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaWorkOrders($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          location {\n            lon\n            lat\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaWorkOrders($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          location {\n            lon\n            lat\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaService($code: String!) {\n    service(code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AreaService($code: String!) {\n    service(code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;