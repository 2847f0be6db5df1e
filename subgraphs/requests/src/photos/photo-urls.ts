/**
 * Where the gateway serves a photo, on the public origin (the same path on the
 * requests subgraph): relative, so that they work on whatever origin serves the console.
 */
export const PHOTOS_PATH = '/photos';

export const photoUrl = (id: string) => `${PHOTOS_PATH}/${id}`;
export const thumbnailUrl = (id: string) => `${PHOTOS_PATH}/${id}/thumbnail`;
