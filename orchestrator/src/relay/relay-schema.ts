// relay-agent/relay.proto is the single source of truth for the relay
// channel; protobufjs loads it at run time, so there is no generated code to
// drift from it.

import { join } from 'node:path';
import protobuf from 'protobufjs';
import { repoRoot } from '../setup/build-check.js';

export interface RelaySchema {
  Request: protobuf.Type;
  Reply: protobuf.Type;
}

let cached: RelaySchema | undefined;

export function relaySchema(): RelaySchema {
  if (!cached) {
    const root = protobuf.loadSync(join(repoRoot(), 'relay-agent', 'relay.proto'));
    cached = { Request: root.lookupType('cosim.relay.Request'), Reply: root.lookupType('cosim.relay.Reply') };
  }
  return cached;
}
