import { once } from 'node:events';
import type { Logger } from '@civicgraph/platform';
import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { RateLimitOptions } from '../access-options';
import { Refusal } from './refusal';

/** One client's allowance: its key (`ip:…`, `staff:…`, `partner:…`) and requests per minute. */
export interface RateBucket {
  key: string;
  perMinute: number;
}

const WINDOW_SECONDS = 60;
/** How long start-up waits for Redis before it goes on with in-memory limits. */
const REDIS_READY_TIMEOUT_MS = 2000;

/**
 * Requests per minute per client, counted in this instance's memory, or in Redis
 * (`redisUrl`) so that every gateway instance enforces one shared limit. Should
 * Redis fail, each instance falls back to its own memory (rate-limiter-flexible's
 * insurance limiter) and says so in the log, rather than turning everyone away or
 * letting everyone through unlimited; shared counting resumes when Redis is back.
 */
export class RateLimits {
  private readonly limiters = new Map<number, RateLimiterAbstract>();
  private degraded = false;

  private constructor(
    private readonly options: RateLimitOptions,
    private readonly logger: Logger,
    private readonly redis: Redis | null,
  ) {
    redis?.on('error', (error: Error) => {
      if (this.degraded) return;
      this.degraded = true;
      this.logger.warn(
        { err: error },
        'Redis unavailable: rate limits are counted per gateway instance until it is back',
      );
    });
    redis?.on('ready', () => {
      if (this.degraded) this.logger.info('Redis is back: rate limits are shared again');
      this.degraded = false;
    });
  }

  static async start(options: RateLimitOptions, logger: Logger): Promise<RateLimits> {
    if (!options.redisUrl) return new RateLimits(options, logger, null);
    const redis = new Redis(options.redisUrl, {
      // Fail fast while disconnected: the insurance limiter answers instead of a queue.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    });
    const limits = new RateLimits(options, logger, redis);
    try {
      await Promise.race([
        once(redis, 'ready'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out')), REDIS_READY_TIMEOUT_MS).unref(),
        ),
      ]);
    } catch {
      // The 'error' listener has said it; the limits work in memory meanwhile.
    }
    return limits;
  }

  /** Counts one request against the bucket; a `Refusal` (429, Retry-After) when it is spent. */
  async take(bucket: RateBucket): Promise<void> {
    try {
      await this.limiter(bucket.perMinute).consume(bucket.key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new Refusal(
        429,
        `Too many requests: the limit is ${bucket.perMinute} a minute; retry in ${retryAfterSeconds} s`,
        { code: 'RATE_LIMITED', limit: bucket.perMinute, retryAfterSeconds },
        { 'retry-after': String(retryAfterSeconds) },
      );
    }
  }

  private limiter(points: number): RateLimiterAbstract {
    let limiter = this.limiters.get(points);
    if (!limiter) {
      const memory = new RateLimiterMemory({
        points,
        duration: WINDOW_SECONDS,
        keyPrefix: this.options.keyPrefix,
      });
      limiter = this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            points,
            duration: WINDOW_SECONDS,
            keyPrefix: this.options.keyPrefix,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
      this.limiters.set(points, limiter);
    }
    return limiter;
  }

  async close() {
    if (!this.redis) return;
    this.redis.removeAllListeners('error');
    this.redis.on('error', () => {}); // a late reconnect failure while quitting
    await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
