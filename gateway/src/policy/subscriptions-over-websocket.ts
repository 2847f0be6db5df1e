import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A subscription sent over HTTP gets a 400 that says where subscriptions are served,
 * before the gateway tries to plan one (it cannot execute them).
 */
export function subscriptionsOverWebSocket<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are served over WebSocket at this path (graphql-ws, subprotocol graphql-transport-ws); authenticate in connection_init',
            { extensions: { code: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
