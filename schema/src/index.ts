export { type Composition, CompositionError, composeSupergraph, placeholderUrl } from './compose';
export { driftedFiles, readSupergraphSdl, supergraphPath } from './files';
export { subgraphs } from './subgraphs';
