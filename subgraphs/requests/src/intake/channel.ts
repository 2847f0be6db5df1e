import type { RequestChannel } from '../db/service-request.table';
import type { Actor } from '../lifecycle/actor';
import { invalidInput } from '../lifecycle/change-refused';

/**
 * Channels only the city's own staff take requests on: a caller on the phone, a
 * resident at a counter. A partner app saying PHONE would make its requests look
 * staff-taken (and ask for a `takenBy` nobody has), so partners choose among the
 * others (WEB, MOBILE_APP, CHATBOT, EMAIL).
 */
export const STAFF_ONLY_CHANNELS: readonly RequestChannel[] = ['PHONE', 'WALK_IN'];

export function checkedChannel(actor: Actor, channel: RequestChannel): RequestChannel {
  if (actor.kind !== 'STAFF' && STAFF_ONLY_CHANNELS.includes(channel)) {
    throw invalidInput('channel', `Only city staff take requests by ${channel}`);
  }
  return channel;
}
