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
    "\n  fragment BulkItem on WorkOrder {\n    id\n    number\n    version\n    status\n    department {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.BulkItemFragmentDoc,
    "\n  query BulkItem($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...BulkItem\n    }\n  }\n": typeof types.BulkItemDocument,
    "\n  query DepartmentCrews($id: ID!) {\n    department(id: $id) {\n      id\n      crews {\n        id\n        name\n        members {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.DepartmentCrewsDocument,
    "\n  mutation BulkAssignWorkOrders($input: BulkAssignWorkOrdersInput!, $locale: Locale!) {\n    bulkAssignWorkOrders(input: $input) {\n      applied\n      results {\n        id\n        workOrder {\n          ...BulkItem\n          crew {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n        error {\n          code\n          message\n          currentVersion\n        }\n      }\n    }\n  }\n": typeof types.BulkAssignWorkOrdersDocument,
    "\n  fragment ActionableWorkOrder on WorkOrder {\n    id\n    number\n    status\n    priority\n    version\n    dueAt\n    holdReason\n    resolutionCode\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n    department {\n      id\n    }\n    service {\n      id\n      resolutionCodes {\n        code\n        name(locale: $locale)\n      }\n    }\n    serviceRequest {\n      id\n      number\n      version\n    }\n  }\n": typeof types.ActionableWorkOrderFragmentDoc,
    "\n  query WorkOrderActions($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n    }\n  }\n": typeof types.WorkOrderActionsDocument,
    "\n  query WorkOrderHistory($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n      history {\n        at\n        action\n        version\n        actor {\n          kind\n          id\n          staff {\n            id\n            name\n          }\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderHistoryDocument,
    "\n  query AssignmentCandidates($id: ID!) {\n    workOrder(id: $id) {\n      id\n      assignmentCandidates(first: 20) {\n        availability\n        openWorkOrders\n        distanceMeters\n        crew {\n          id\n          name\n        }\n        staff {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssignmentCandidatesDocument,
    "\n  query RequestByNumber($number: String!) {\n    serviceRequest(number: $number) {\n      id\n      number\n      service {\n        id\n      }\n    }\n  }\n": typeof types.RequestByNumberDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!, $locale: Locale!) {\n    assignWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.AssignWorkOrderDocument,
    "\n  mutation StartWorkOrder($input: StartWorkOrderInput!, $locale: Locale!) {\n    startWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.StartWorkOrderDocument,
    "\n  mutation HoldWorkOrder($input: HoldWorkOrderInput!, $locale: Locale!) {\n    holdWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.HoldWorkOrderDocument,
    "\n  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!, $locale: Locale!) {\n    resumeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.ResumeWorkOrderDocument,
    "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!, $locale: Locale!) {\n    completeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.CompleteWorkOrderDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!, $locale: Locale!) {\n    closeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.CloseWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!, $locale: Locale!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.CancelWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!, $locale: Locale!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.ReopenWorkOrderDocument,
    "\n  mutation ChangeWorkOrderPriority($input: ChangeWorkOrderPriorityInput!, $locale: Locale!) {\n    changeWorkOrderPriority(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.ChangeWorkOrderPriorityDocument,
    "\n  mutation AddWorkOrderNote($input: AddWorkOrderNoteInput!, $locale: Locale!) {\n    addWorkOrderNote(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": typeof types.AddWorkOrderNoteDocument,
    "\n  mutation MarkDuplicate($input: MarkDuplicateInput!, $locale: Locale!) {\n    markDuplicate(input: $input) {\n      original {\n        id\n        number\n      }\n      serviceRequest {\n        id\n        version\n        workOrders {\n          ...ActionableWorkOrder\n        }\n      }\n    }\n  }\n": typeof types.MarkDuplicateDocument,
    "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.CityDocument,
    "\n  query Permissions {\n    me {\n      id\n      permissions\n      crew {\n        id\n      }\n    }\n  }\n": typeof types.PermissionsDocument,
    "\n  fragment SessionFields on SessionPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    staff {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken }) {\n      sessionId\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {\n    workOrders(first: $first, after: $after, filter: { open: true }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          summary\n          status\n          priority\n          createdAt\n          dueAt\n          overdue\n          service {\n            id\n            name(locale: $locale)\n          }\n          department {\n            id\n            name(locale: $locale)\n          }\n          assignee {\n            id\n            name\n          }\n          asset {\n            id\n            tag\n            assetType {\n              id\n              code\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenWorkOrdersDocument,
};
const documents: Documents = {
    "\n  fragment BulkItem on WorkOrder {\n    id\n    number\n    version\n    status\n    department {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.BulkItemFragmentDoc,
    "\n  query BulkItem($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...BulkItem\n    }\n  }\n": types.BulkItemDocument,
    "\n  query DepartmentCrews($id: ID!) {\n    department(id: $id) {\n      id\n      crews {\n        id\n        name\n        members {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.DepartmentCrewsDocument,
    "\n  mutation BulkAssignWorkOrders($input: BulkAssignWorkOrdersInput!, $locale: Locale!) {\n    bulkAssignWorkOrders(input: $input) {\n      applied\n      results {\n        id\n        workOrder {\n          ...BulkItem\n          crew {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n        error {\n          code\n          message\n          currentVersion\n        }\n      }\n    }\n  }\n": types.BulkAssignWorkOrdersDocument,
    "\n  fragment ActionableWorkOrder on WorkOrder {\n    id\n    number\n    status\n    priority\n    version\n    dueAt\n    holdReason\n    resolutionCode\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n    department {\n      id\n    }\n    service {\n      id\n      resolutionCodes {\n        code\n        name(locale: $locale)\n      }\n    }\n    serviceRequest {\n      id\n      number\n      version\n    }\n  }\n": types.ActionableWorkOrderFragmentDoc,
    "\n  query WorkOrderActions($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n    }\n  }\n": types.WorkOrderActionsDocument,
    "\n  query WorkOrderHistory($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n      history {\n        at\n        action\n        version\n        actor {\n          kind\n          id\n          staff {\n            id\n            name\n          }\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.WorkOrderHistoryDocument,
    "\n  query AssignmentCandidates($id: ID!) {\n    workOrder(id: $id) {\n      id\n      assignmentCandidates(first: 20) {\n        availability\n        openWorkOrders\n        distanceMeters\n        crew {\n          id\n          name\n        }\n        staff {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AssignmentCandidatesDocument,
    "\n  query RequestByNumber($number: String!) {\n    serviceRequest(number: $number) {\n      id\n      number\n      service {\n        id\n      }\n    }\n  }\n": types.RequestByNumberDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!, $locale: Locale!) {\n    assignWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.AssignWorkOrderDocument,
    "\n  mutation StartWorkOrder($input: StartWorkOrderInput!, $locale: Locale!) {\n    startWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.StartWorkOrderDocument,
    "\n  mutation HoldWorkOrder($input: HoldWorkOrderInput!, $locale: Locale!) {\n    holdWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.HoldWorkOrderDocument,
    "\n  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!, $locale: Locale!) {\n    resumeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.ResumeWorkOrderDocument,
    "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!, $locale: Locale!) {\n    completeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.CompleteWorkOrderDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!, $locale: Locale!) {\n    closeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.CloseWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!, $locale: Locale!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.CancelWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!, $locale: Locale!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.ReopenWorkOrderDocument,
    "\n  mutation ChangeWorkOrderPriority($input: ChangeWorkOrderPriorityInput!, $locale: Locale!) {\n    changeWorkOrderPriority(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.ChangeWorkOrderPriorityDocument,
    "\n  mutation AddWorkOrderNote($input: AddWorkOrderNoteInput!, $locale: Locale!) {\n    addWorkOrderNote(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n": types.AddWorkOrderNoteDocument,
    "\n  mutation MarkDuplicate($input: MarkDuplicateInput!, $locale: Locale!) {\n    markDuplicate(input: $input) {\n      original {\n        id\n        number\n      }\n      serviceRequest {\n        id\n        version\n        workOrders {\n          ...ActionableWorkOrder\n        }\n      }\n    }\n  }\n": types.MarkDuplicateDocument,
    "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n": types.CityDocument,
    "\n  query Permissions {\n    me {\n      id\n      permissions\n      crew {\n        id\n      }\n    }\n  }\n": types.PermissionsDocument,
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
export function graphql(source: "\n  fragment BulkItem on WorkOrder {\n    id\n    number\n    version\n    status\n    department {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  fragment BulkItem on WorkOrder {\n    id\n    number\n    version\n    status\n    department {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkItem($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...BulkItem\n    }\n  }\n"): (typeof documents)["\n  query BulkItem($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...BulkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentCrews($id: ID!) {\n    department(id: $id) {\n      id\n      crews {\n        id\n        name\n        members {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentCrews($id: ID!) {\n    department(id: $id) {\n      id\n      crews {\n        id\n        name\n        members {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAssignWorkOrders($input: BulkAssignWorkOrdersInput!, $locale: Locale!) {\n    bulkAssignWorkOrders(input: $input) {\n      applied\n      results {\n        id\n        workOrder {\n          ...BulkItem\n          crew {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n        error {\n          code\n          message\n          currentVersion\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAssignWorkOrders($input: BulkAssignWorkOrdersInput!, $locale: Locale!) {\n    bulkAssignWorkOrders(input: $input) {\n      applied\n      results {\n        id\n        workOrder {\n          ...BulkItem\n          crew {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n        error {\n          code\n          message\n          currentVersion\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionableWorkOrder on WorkOrder {\n    id\n    number\n    status\n    priority\n    version\n    dueAt\n    holdReason\n    resolutionCode\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n    department {\n      id\n    }\n    service {\n      id\n      resolutionCodes {\n        code\n        name(locale: $locale)\n      }\n    }\n    serviceRequest {\n      id\n      number\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ActionableWorkOrder on WorkOrder {\n    id\n    number\n    status\n    priority\n    version\n    dueAt\n    holdReason\n    resolutionCode\n    assignee {\n      id\n      name\n    }\n    crew {\n      id\n      name\n    }\n    department {\n      id\n    }\n    service {\n      id\n      resolutionCodes {\n        code\n        name(locale: $locale)\n      }\n    }\n    serviceRequest {\n      id\n      number\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderActions($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderActions($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderHistory($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n      history {\n        at\n        action\n        version\n        actor {\n          kind\n          id\n          staff {\n            id\n            name\n          }\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderHistory($id: ID!, $locale: Locale!) {\n    workOrder(id: $id) {\n      ...ActionableWorkOrder\n      history {\n        at\n        action\n        version\n        actor {\n          kind\n          id\n          staff {\n            id\n            name\n          }\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentCandidates($id: ID!) {\n    workOrder(id: $id) {\n      id\n      assignmentCandidates(first: 20) {\n        availability\n        openWorkOrders\n        distanceMeters\n        crew {\n          id\n          name\n        }\n        staff {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentCandidates($id: ID!) {\n    workOrder(id: $id) {\n      id\n      assignmentCandidates(first: 20) {\n        availability\n        openWorkOrders\n        distanceMeters\n        crew {\n          id\n          name\n        }\n        staff {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestByNumber($number: String!) {\n    serviceRequest(number: $number) {\n      id\n      number\n      service {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestByNumber($number: String!) {\n    serviceRequest(number: $number) {\n      id\n      number\n      service {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!, $locale: Locale!) {\n    assignWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!, $locale: Locale!) {\n    assignWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWorkOrder($input: StartWorkOrderInput!, $locale: Locale!) {\n    startWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartWorkOrder($input: StartWorkOrderInput!, $locale: Locale!) {\n    startWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldWorkOrder($input: HoldWorkOrderInput!, $locale: Locale!) {\n    holdWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoldWorkOrder($input: HoldWorkOrderInput!, $locale: Locale!) {\n    holdWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!, $locale: Locale!) {\n    resumeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!, $locale: Locale!) {\n    resumeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!, $locale: Locale!) {\n    completeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!, $locale: Locale!) {\n    completeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!, $locale: Locale!) {\n    closeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!, $locale: Locale!) {\n    closeWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!, $locale: Locale!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!, $locale: Locale!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!, $locale: Locale!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!, $locale: Locale!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeWorkOrderPriority($input: ChangeWorkOrderPriorityInput!, $locale: Locale!) {\n    changeWorkOrderPriority(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeWorkOrderPriority($input: ChangeWorkOrderPriorityInput!, $locale: Locale!) {\n    changeWorkOrderPriority(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkOrderNote($input: AddWorkOrderNoteInput!, $locale: Locale!) {\n    addWorkOrderNote(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkOrderNote($input: AddWorkOrderNoteInput!, $locale: Locale!) {\n    addWorkOrderNote(input: $input) {\n      workOrder {\n        ...ActionableWorkOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDuplicate($input: MarkDuplicateInput!, $locale: Locale!) {\n    markDuplicate(input: $input) {\n      original {\n        id\n        number\n      }\n      serviceRequest {\n        id\n        version\n        workOrders {\n          ...ActionableWorkOrder\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDuplicate($input: MarkDuplicateInput!, $locale: Locale!) {\n    markDuplicate(input: $input) {\n      original {\n        id\n        number\n      }\n      serviceRequest {\n        id\n        version\n        workOrders {\n          ...ActionableWorkOrder\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query City {\n    city {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Permissions {\n    me {\n      id\n      permissions\n      crew {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Permissions {\n    me {\n      id\n      permissions\n      crew {\n        id\n      }\n    }\n  }\n"];
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