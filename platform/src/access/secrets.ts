import { z } from 'zod';

/**
 * The two secrets of the access design: one the gateway signs callers to the
 * subgraphs with, one accounts signs staff access tokens with (and the gateway
 * checks them with). Each comes from configuration; `npm start` makes development
 * ones and keeps them in its data folder.
 */
export interface AccessSecrets {
  callerSigning: string;
  accessToken: string;
}

/** A configured secret: long enough that guessing it is hopeless. */
export const secretField = () =>
  z
    .string({ error: 'must be set (32 characters or more)' })
    .min(32, 'must be at least 32 characters');
