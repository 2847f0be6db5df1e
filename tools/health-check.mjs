#!/usr/bin/env node
// The container image's HEALTHCHECK: /health of whichever deployable this container
// runs, on PORT, or else on the defaults (gateway 4000, a subgraph 4001). The gateway's
// /health includes every subgraph's. Exit 0 healthy, 1 not.

const ports = process.env.PORT ? [process.env.PORT] : ['4000', '4001'];
for (const port of ports) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, {
      signal: AbortSignal.timeout(4000),
    });
    if (response.ok) process.exit(0);
  } catch {
    // Nothing listens there, or it did not answer in time: try the next port.
  }
}
process.exit(1);
