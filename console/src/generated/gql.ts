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
    "\n  query MyWorkStaff {\n    me {\n      id\n      name\n      crew {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyWorkStaffDocument,
    "\n  query MyWorkOrders(\n    $assigneeId: ID!\n    $crewId: ID\n    $withCrew: Boolean!\n    $first: Int!\n    $locale: Locale!\n  ) {\n    mine: workOrders(\n      filter: { assigneeId: $assigneeId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n    crew: workOrders(\n      filter: { crewId: $crewId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) @include(if: $withCrew) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n  }\n\n  fragment MyWorkOrderCard on WorkOrder {\n    id\n    number\n    summary\n    status\n    priority\n    dueAt\n    overdue\n    updatedAt\n    location {\n      lon\n      lat\n    }\n    service {\n      id\n      name(locale: $locale)\n    }\n    serviceRequest {\n      id\n      address\n    }\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n  }\n": typeof types.MyWorkOrdersDocument,
    "\n  query MyWorkOrder($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...MyWorkOrderCard\n      version\n      holdReason\n      resolution\n      serviceRequest {\n        id\n        description\n      }\n      notes {\n        id\n        body\n        visibility\n        createdAt\n        author {\n          kind\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyWorkOrderDocument,
    "\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenWorkOrdersDocument,
};
const documents: Documents = {
    "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n": types.CityDocument,
    "\n  query MyWorkStaff {\n    me {\n      id\n      name\n      crew {\n        id\n        name\n      }\n    }\n  }\n": types.MyWorkStaffDocument,
    "\n  query MyWorkOrders(\n    $assigneeId: ID!\n    $crewId: ID\n    $withCrew: Boolean!\n    $first: Int!\n    $locale: Locale!\n  ) {\n    mine: workOrders(\n      filter: { assigneeId: $assigneeId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n    crew: workOrders(\n      filter: { crewId: $crewId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) @include(if: $withCrew) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n  }\n\n  fragment MyWorkOrderCard on WorkOrder {\n    id\n    number\n    summary\n    status\n    priority\n    dueAt\n    overdue\n    updatedAt\n    location {\n      lon\n      lat\n    }\n    service {\n      id\n      name(locale: $locale)\n    }\n    serviceRequest {\n      id\n      address\n    }\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n  }\n": types.MyWorkOrdersDocument,
    "\n  query MyWorkOrder($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...MyWorkOrderCard\n      version\n      holdReason\n      resolution\n      serviceRequest {\n        id\n        description\n      }\n      notes {\n        id\n        body\n        visibility\n        createdAt\n        author {\n          kind\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyWorkOrderDocument,
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
export function graphql(source: "\n  query MyWorkStaff {\n    me {\n      id\n      name\n      crew {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorkStaff {\n    me {\n      id\n      name\n      crew {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkOrders(\n    $assigneeId: ID!\n    $crewId: ID\n    $withCrew: Boolean!\n    $first: Int!\n    $locale: Locale!\n  ) {\n    mine: workOrders(\n      filter: { assigneeId: $assigneeId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n    crew: workOrders(\n      filter: { crewId: $crewId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) @include(if: $withCrew) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n  }\n\n  fragment MyWorkOrderCard on WorkOrder {\n    id\n    number\n    summary\n    status\n    priority\n    dueAt\n    overdue\n    updatedAt\n    location {\n      lon\n      lat\n    }\n    service {\n      id\n      name(locale: $locale)\n    }\n    serviceRequest {\n      id\n      address\n    }\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyWorkOrders(\n    $assigneeId: ID!\n    $crewId: ID\n    $withCrew: Boolean!\n    $first: Int!\n    $locale: Locale!\n  ) {\n    mine: workOrders(\n      filter: { assigneeId: $assigneeId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n    crew: workOrders(\n      filter: { crewId: $crewId, open: true }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: $first\n    ) @include(if: $withCrew) {\n      totalCount\n      edges {\n        node {\n          ...MyWorkOrderCard\n        }\n      }\n    }\n  }\n\n  fragment MyWorkOrderCard on WorkOrder {\n    id\n    number\n    summary\n    status\n    priority\n    dueAt\n    overdue\n    updatedAt\n    location {\n      lon\n      lat\n    }\n    service {\n      id\n      name(locale: $locale)\n    }\n    serviceRequest {\n      id\n      address\n    }\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkOrder($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...MyWorkOrderCard\n      version\n      holdReason\n      resolution\n      serviceRequest {\n        id\n        description\n      }\n      notes {\n        id\n        body\n        visibility\n        createdAt\n        author {\n          kind\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorkOrder($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...MyWorkOrderCard\n      version\n      holdReason\n      resolution\n      serviceRequest {\n        id\n        description\n      }\n      notes {\n        id\n        body\n        visibility\n        createdAt\n        author {\n          kind\n          staff {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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