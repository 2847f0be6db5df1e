import { BBoxRef } from './refs';

BBoxRef.implement({
  description: 'A longitude/latitude box in WGS84 degrees.',
  authScopes: { permission: 'geography.read' },
  fields: (t) => ({
    west: t.exposeFloat('west', { description: 'Westernmost longitude.' }),
    south: t.exposeFloat('south', { description: 'Southernmost latitude.' }),
    east: t.exposeFloat('east', { description: 'Easternmost longitude.' }),
    north: t.exposeFloat('north', { description: 'Northernmost latitude.' }),
  }),
});
