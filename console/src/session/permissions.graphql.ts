import { graphql } from '../generated';

export type { PermissionsQuery } from '../generated/graphql';

// Who is signed in, as far as the actions need: what they may do, and their crew (a
// field worker works only on their own or their crew's work orders).
export const PermissionsDocument = graphql(`
  query Permissions {
    me {
      id
      permissions
      crew {
        id
      }
    }
  }
`);
