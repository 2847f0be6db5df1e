export { type Composition, CompositionError, composeSupergraph, placeholderUrl } from './compose';
export { driftedFiles, supergraphPath } from './files';
export { subgraphs } from './subgraphs';
