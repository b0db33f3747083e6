// Every kind of workload a run knows, in the order they start when the
// experiment's clock starts. That order is part of what a run does (requests
// due at the same instant are issued in it), so a new kind goes at the end.

import { actions } from './actions.js';
import { requestResponse } from './request-response.js';
import { tcpFlows } from './tcp-flows.js';
import { udpFlows } from './udp-flows.js';
import type { WorkloadKind } from './workload.js';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = [tcpFlows, udpFlows, requestResponse, actions];
