/**
 * The client's address as far as we can trust it. With no trusted proxy (hops = 0) it is the
 * socket's peer, whatever X-Forwarded-For says (a client can send any header). Behind N trusted
 * proxies, it is the address the outermost trusted proxy saw: the Nth entry from the right of
 * X-Forwarded-For followed by the socket's peer.
 */
export function trustedClientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const socket = normalise(socketAddress ?? "unknown");
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  // chain[last] is the nearest hop (our socket peer, a trusted proxy); each trusted proxy
  // appended the address it saw, so the client is `trustedHops` entries further left.
  const index = chain.length - 1 - trustedHops;
  return normalise(chain[Math.max(0, index)] ?? socket);
}

function normalise(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

/**
 * The part of a client address that keys a throttle: an IPv4 address as it is, an IPv6 address
 * by its /64 (one subscriber usually holds a whole /64, so keying by the full address would give
 * them 2^64 fresh allowances). Anything that is not an IP address is returned unchanged.
 */
export function throttleKeyOfAddress(address: string): string {
  const withoutZone = address.split("%")[0] ?? address;
  if (!withoutZone.includes(":")) return address;
  const hextets = expandIPv6(withoutZone);
  if (!hextets) return address;
  return `${hextets.slice(0, 4).join(":")}::/64`;
}

/** The eight hextets of an IPv6 address (lower case, no leading zeros), or undefined. */
function expandIPv6(address: string): string[] | undefined {
  let text = address.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two hextets.
  const v4 = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(2).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((part) => part > 255)) return undefined;
    text = `${v4[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [
    ...head,
    ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => "0"),
    ...tail,
  ];
  if (!all.every((part) => /^[0-9a-f]{1,4}$/.test(part))) return undefined;
  return all.map((part) => parseInt(part, 16).toString(16));
}
