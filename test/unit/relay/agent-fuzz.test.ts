// Property test of the agent's request decoder: thousands of random frames
// (valid length prefix, random payload) and random raw byte runs, then a
// real request. The agent must still be alive and answer it.

import { afterEach, describe, expect, it } from 'vitest';
import { streamFor } from '../../../orchestrator/src/sim/random.js';
import { type HostAgent, startHostAgent } from './host-agent.js';

let agent: HostAgent;
afterEach(() => agent?.stop());

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
}

export const FUZZ_FRAMES = 20_000;

describe('relay agent decoder under random input', () => {
  it(`survives ${FUZZ_FRAMES} random frames and keeps answering`, async () => {
    agent = startHostAgent();
    await agent.hello;
    const rng = streamFor(2026, 'relay-fuzz');
    const chunks: Buffer[] = [];
    for (let i = 0; i < FUZZ_FRAMES; i++) {
      const len = Math.floor(rng.next() * 48);
      const payload = Array.from({ length: len }, () => rng.nextUint32() & 0xff);
      chunks.push(Buffer.from([...varint(len), ...payload]));
    }
    agent.raw(Buffer.concat(chunks));
    const fd = await agent.client.socket();
    expect(fd).toBeGreaterThan(2);
    expect(agent.child.exitCode).toBeNull();
    // Every random frame was answered with an error, a result, or decoded as a valid request.
    expect(agent.agentErrors.length + agent.client.outstanding).toBeGreaterThan(0);
  });

  // Found by relay-agent/fuzz (corpus/crash-protobuf-c-tag-shift): a field tag
  // of five bytes makes protobuf-c 1.4.1 shift a signed int past its width.
  // Built by GCC that wraps, so the tag is a field number no field has: the
  // frame is a Request without an operation, answered with EPROTO.
  it('answers a request whose field tag takes five bytes with EPROTO and keeps serving', async () => {
    agent = startHostAgent();
    await agent.hello;
    const tag = [0xf8, 0xff, 0xff, 0xff, 0x7f];
    agent.raw(Buffer.from([tag.length + 1, ...tag, 0x01]));
    const fd = await agent.client.socket();
    expect(fd).toBeGreaterThan(2);
    expect(agent.agentErrors).toEqual(['EPROTO: unknown or missing operation']);
  });

  // Found by relay-agent/fuzz (corpus/crash-protobuf-c-empty-packed): a packed
  // repeated field of length 0 makes protobuf-c 1.4.1 add 0 to its array's
  // NULL pointer. Nothing is written through it, so the request decodes with
  // no entries and validation refuses it.
  it('refuses an rr_client whose packed list is empty, and keeps serving', async () => {
    agent = startHostAgent();
    await agent.hello;
    // Request { id: 127, rr_client (23): { response_bytes (3): packed, 0 bytes } }
    const frame = [0x08, 0x7f, 0xba, 0x01, 0x02, 0x1a, 0x00];
    agent.raw(Buffer.from([frame.length, ...frame]));
    expect(await agent.client.socket()).toBeGreaterThan(2);
    expect(agent.agentErrors).toEqual(['EINVAL: request_bytes, response_bytes and gap_ns need the same 1 to 20000 entries']);
  });
});
