/** The packet in localStorage (key and list operations from src/lib/packet.ts); a browser that refuses storage gets an empty packet. */
import { PACKET_KEY, parseIds } from '../lib/packet';

/** The stored packet. */
export function readPacket(): string[] {
  try {
    return parseIds(JSON.parse(window.localStorage.getItem(PACKET_KEY) ?? '[]'));
  } catch {
    return [];
  }
}

/** Store the packet (quietly nothing where storage is refused). */
export function writePacket(ids: readonly string[]): void {
  try {
    window.localStorage.setItem(PACKET_KEY, JSON.stringify(ids));
  } catch {
    /* storage refused (private mode, policy): the packet lasts as long as the page */
  }
}
