# syntax=docker/dockerfile:1
#
# One image for every deployable; the argument picks which one a container runs:
#   docker build -t civicgraph .
#   docker run civicgraph migrate      # migrates every subgraph on DATABASE_URL, exits
#   docker run civicgraph requests     # or accounts, assets, datasets (port 4001)
#   docker run civicgraph gateway      # the gateway and the console (port 4000)
# deploy/compose.yaml and deploy/k8s/ run it; every variable is in the README's table.

ARG NODE_VERSION=20

# Node 20 and the pinned pnpm (npm's global install: corepack's signature check fails
# on some machines), with every workspace manifest, so that installs are cached until a
# manifest or the lock file changes.
FROM node:${NODE_VERSION}-bookworm AS workspace
RUN npm install --global pnpm@12.4.2
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY platform/package.json platform/
COPY platform/demo-city/package.json platform/demo-city/
COPY subgraphs/requests/package.json subgraphs/requests/
COPY subgraphs/accounts/package.json subgraphs/accounts/
COPY subgraphs/assets/package.json subgraphs/assets/
COPY subgraphs/datasets/package.json subgraphs/datasets/
COPY gateway/package.json gateway/
COPY console/package.json console/
COPY schema/package.json schema/
COPY stack/package.json stack/
COPY bench/package.json bench/
COPY deploy/package.json deploy/

# Everything, dev dependencies included, to build the console and the bundles.
FROM workspace AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build:console && pnpm run build:services

# The production dependencies of the bundled packages only: no dev dependencies, and
# neither the console's (its build is static files) nor the benchmarks'.
FROM workspace AS production-dependencies
RUN pnpm install --prod --frozen-lockfile \
      --filter '!@civicgraph/console' --filter '!@civicgraph/bench' --filter '!@civicgraph/deploy'

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# production: graphql-js without its development checks, the gateway's strict settings.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    CONSOLE_DIR=/app/console/dist
WORKDIR /app
# The bundles link their packages into node_modules/.pnpm, which this install holds at
# the same paths (same lock file); nothing here is writable by the user that runs.
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
COPY tools/run-deployable.mjs tools/health-check.mjs tools/
# The node image's unprivileged user (uid 1000).
USER node
# The gateway listens on 4000, each subgraph on 4001 (PORT changes either).
EXPOSE 4000 4001
# /health of whichever deployable runs (the migration job exits before it matters).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "tools/health-check.mjs"]
LABEL org.opencontainers.image.title="CivicGraph" \
      org.civicgraph.deployables="gateway requests accounts assets datasets migrate"
ENTRYPOINT ["node", "--enable-source-maps", "tools/run-deployable.mjs"]
CMD ["gateway"]
