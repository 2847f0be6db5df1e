export { type PrepareDatabaseOptions, prepareDatabase } from './prepare-database';
export { type RunningStack, type StackOptions, startStack } from './start-stack';
