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
