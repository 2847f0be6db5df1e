import { GraphQLError } from 'graphql';

// Refusals of asset changes, as requests words its own (CONFLICT with currentVersion,
// INVALID_TRANSITION, BAD_USER_INPUT naming the field): thrown inside the change's
// transaction, so nothing of a refused change is kept.

/** The caller saw another version than the one stored: read again, then retry. */
export function staleVersion(currentVersion: number) {
  return new GraphQLError(
    `The asset has changed since you read it: it is at version ${currentVersion}`,
    { extensions: { code: 'CONFLICT', currentVersion } },
  );
}

/** The tag is another asset's. */
export function tagTaken(tag: string) {
  return new GraphQLError(`Tag ${tag} is already another asset's`, {
    extensions: { code: 'CONFLICT', field: 'tag' },
  });
}

/** A retired asset stays readable but no longer changes. */
export function assetRetired() {
  return new GraphQLError('The asset is retired: it can no longer change', {
    extensions: { code: 'INVALID_TRANSITION', from: 'RETIRED' },
  });
}

/** Input a change cannot take, naming the field to correct. */
export function invalidField(field: string, message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
