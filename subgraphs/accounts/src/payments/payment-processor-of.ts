import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import type { PaymentProcessor } from './processor';
import { SandboxProcessor } from './sandbox-processor';

const processors = new WeakMap<Kysely<AccountsDatabase>, PaymentProcessor>();

/**
 * The processor payments go through: the sandbox (no money moves). A real one is
 * chosen here, and only here (configuration, credentials): payBill, reconciliation
 * and AutoPay know the interface only.
 */
export function paymentProcessorOf(db: Kysely<AccountsDatabase>): PaymentProcessor {
  let processor = processors.get(db);
  if (!processor) {
    processor = new SandboxProcessor(db);
    processors.set(db, processor);
  }
  return processor;
}
