import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetOwnChanges, isOwnChange } from './own-changes';
import { createOwnChangesLink } from './own-changes-link';

const answer = {
  bulkAssignWorkOrders: {
    __typename: 'BulkAssignWorkOrdersPayload',
    results: [
      {
        __typename: 'BulkAssignResult',
        workOrder: { __typename: 'WorkOrder', id: 'wo-1', version: 4 },
      },
      {
        __typename: 'BulkAssignResult',
        workOrder: { __typename: 'WorkOrder', id: 'wo-2', version: 9 },
      },
    ],
  },
};

function clientAnswering(data: unknown) {
  const server = new ApolloLink(
    () =>
      new Observable((observer) => {
        observer.next({ data: data as Record<string, unknown> });
        observer.complete();
      }),
  );
  return new ApolloClient({
    link: ApolloLink.from([createOwnChangesLink(), server]),
    cache: new InMemoryCache(),
  });
}

afterEach(forgetOwnChanges);

describe('the own-changes link', () => {
  it('notes every work order a mutation answered with, at its version', async () => {
    await clientAnswering(answer).mutate({
      mutation: parse('mutation { bulkAssignWorkOrders { results { workOrder { id version } } } }'),
    });
    expect(isOwnChange('wo-1', 4)).toBe(true);
    expect(isOwnChange('wo-2', 9)).toBe(true);
    expect(isOwnChange('wo-2', 8)).toBe(false);
  });

  it('notes nothing for a query: reading is not changing', async () => {
    await clientAnswering({
      workOrder: { __typename: 'WorkOrder', id: 'wo-3', version: 2 },
    }).query({ query: parse('query { workOrder { id version } }') });
    expect(isOwnChange('wo-3', 2)).toBe(false);
  });
});
