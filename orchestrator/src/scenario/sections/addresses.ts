// IPv4 addresses as the scenario writes them ("10.0.0.1/24") and the subnet
// test that hosts' routes and flows rely on.

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

/** Whether two addresses are in one subnet (same prefix length, same network). */
export function sameSubnet(a: { ip: string; prefixLength: number }, b: { ip: string; prefixLength: number }): boolean {
  if (a.prefixLength !== b.prefixLength) return false;
  const size = 2 ** (32 - a.prefixLength);
  return Math.floor(ipNumber(a.ip) / size) === Math.floor(ipNumber(b.ip) / size);
}

export function parseCidr(v: unknown): { ip: string; prefix: number } | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) < 1 || Number(m[5]) > 32) return undefined;
  return { ip: m.slice(1, 5).join('.'), prefix: Number(m[5]) };
}
