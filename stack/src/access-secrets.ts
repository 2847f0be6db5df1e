import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AccessSecrets, type Logger, secretField } from '@civicgraph/platform';
import { z } from 'zod';
import type { StackConfig } from './config';

const storedSecrets = z.object({ callerSigning: secretField(), accessToken: secretField() });

/**
 * The access secrets of `npm start`: the configured ones when set; otherwise, in
 * development only, ones made on the first start and kept in DATA_DIR/secrets.json
 * (readable by its owner only), so that tokens survive a restart and the README's one
 * command needs nothing else. Production refuses to run on made-up secrets (config.ts).
 */
export async function stackSecrets(config: StackConfig, logger: Logger): Promise<AccessSecrets> {
  if (config.GATEWAY_SIGNING_SECRET && config.ACCESS_TOKEN_SECRET) {
    return {
      callerSigning: config.GATEWAY_SIGNING_SECRET,
      accessToken: config.ACCESS_TOKEN_SECRET,
    };
  }
  const file = path.join(config.DATA_DIR, 'secrets.json');
  try {
    const stored = storedSecrets.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (stored.success) return stored.data;
    logger.warn({ file }, 'development secrets file is malformed: making new ones');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const made = {
    callerSigning: randomBytes(48).toString('base64url'),
    accessToken: randomBytes(48).toString('base64url'),
  };
  await mkdir(config.DATA_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(made, null, 2), { mode: 0o600 });
  await rename(partial, file);
  logger.info(
    { file },
    'made development secrets (set GATEWAY_SIGNING_SECRET and ACCESS_TOKEN_SECRET to use your own)',
  );
  return made;
}
