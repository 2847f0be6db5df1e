import { badUserInput, isUuid } from '@civicgraph/platform';
import { builder } from '../builder';
import { serviceRequestsOfResident } from '../db/service-request.repository';
import { REPORTING_RESIDENT } from './notes';
import { ResidentRef, ServiceRequestRef } from './refs';

const DEFAULT_FIRST = 20;
const MAX_FIRST = 100;

builder.objectFields(ResidentRef, (t) => ({
  serviceRequests: t.field({
    type: [ServiceRequestRef],
    description:
      'The requests this resident reported while signed in (themself or through an app acting ' +
      `for them), newest first, at most ${MAX_FIRST}: status and public notes, not the work ` +
      'behind them. For the resident, and staff holding residents.read.',
    authScopes: (resident) => ({
      $any: { resident: resident.id, permission: 'residents.read' },
    }),
    grantScopes: (resident, _args, { caller }) =>
      caller.kind === 'resident' && caller.id === resident.id ? [REPORTING_RESIDENT] : [],
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: `At most ${MAX_FIRST}.` }),
    },
    resolve: (resident, { first }, { db }) => {
      const limit = first ?? DEFAULT_FIRST;
      if (limit < 0 || limit > MAX_FIRST) {
        throw badUserInput(`first must be between 0 and ${MAX_FIRST}`, { field: 'first' });
      }
      // Any id reaches an extended entity; one that is no resident's has no requests.
      if (!isUuid(resident.id)) return [];
      return serviceRequestsOfResident(db, resident.id, limit);
    },
  }),
}));
