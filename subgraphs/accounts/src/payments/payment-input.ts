import { badUserInput, unstorableCharacter } from '@civicgraph/platform';

// Printable ASCII: keys are the client's own ids (UUIDs, mostly), compared byte for byte.
const KEY = /^[\x21-\x7e]{1,255}$/;

export function checkedIdempotencyKey(value: string): string {
  if (!KEY.test(value)) {
    throw badUserInput('idempotencyKey must be 1 to 255 printable characters, no spaces', {
      argument: 'idempotencyKey',
    });
  }
  return value;
}

export function checkedToken(value: string): string {
  if (value.length < 1 || value.length > 200 || unstorableCharacter(value) !== null) {
    throw badUserInput('paymentMethodToken must be 1 to 200 characters', {
      argument: 'paymentMethodToken',
    });
  }
  return value;
}
