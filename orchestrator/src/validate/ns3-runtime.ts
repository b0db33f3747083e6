// The fixed part of the generated ns-3 program: it reads the scenario tables
// that ns3-program.ts writes between `head` and `body`. Kept as C++ text here
// (not a .cc file) so the build ships it with the rest of the orchestrator.
//
// Per flow, the sender's socket is made by hand (TcpL4Protocol::CreateSocket
// with the flow's congestion control) and given an RTT estimator the sampler
// can read, because TcpSocketBase keeps its own private. Retransmissions are
// data segments sent below the highest sequence already sent, as Linux's
// tcpi_total_retrans counts them.

export const NS3_RUNTIME = {
  head: `
#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/config.h"
#include "ns3/data-rate.h"
#include "ns3/error-model.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4-static-routing.h"
#include "ns3/ipv4.h"
#include "ns3/packet-sink-helper.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/point-to-point-net-device.h"
#include "ns3/pointer.h"
#include "ns3/queue-disc.h"
#include "ns3/queue.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/rtt-estimator.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/tcp-header.h"
#include "ns3/tcp-l4-protocol.h"
#include "ns3/tcp-socket-base.h"
#include "ns3/tcp-tx-buffer.h"
#include "ns3/traffic-control-helper.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <sys/stat.h>
#include <utility>
#include <vector>

using namespace ns3;

namespace {

struct HostSpec { const char* name; bool forwarding; };
struct NicSpec { int host; int nic; const char* ip; const char* mask; };
struct LinkSpec {
  const char* name; int hostA; int nicA; int hostB; int nicB;
  uint64_t rateBps; int64_t delayNs; uint32_t queuePackets; double loss;
  const char* dirAB; const char* dirBA;
};
struct RouteSpec { int host; const char* network; const char* mask; const char* via; int nic; };
struct FlowSpec {
  const char* id; int from; int to; const char* toIp; uint16_t port;
  int64_t startNs; uint64_t bytes; const char* tcp; int64_t sampleNs; bool pacing;
};

} // namespace
`,
  body: `
namespace {

/** The receiver listens at the flow's start; the sender connects this much later (as cosim's flow runner). */
const int64_t kSenderOffsetNs = 10000000LL;

std::string SecondsText(int64_t ns)
{
  char buf[48];
  long long a = std::llabs(static_cast<long long>(ns));
  std::snprintf(buf, sizeof buf, "%s%lld.%09lld", ns < 0 ? "-" : "", a / 1000000000LL, a % 1000000000LL);
  return buf;
}

std::string JsonText(const std::string& s)
{
  std::string out = "\\"";
  for (char c : s) {
    if (c == '"' || c == '\\\\') out += '\\\\';
    out += c;
  }
  return out + "\\"";
}

struct Direction {
  std::string id;
  Ptr<QueueDisc> qdisc;
  Ptr<Queue<Packet>> deviceQueue;
  uint64_t enqueued = 0;
  uint64_t drops = 0;
  uint64_t lossDrops = 0;
  uint64_t maxDepth = 0;
};

struct Flow {
  const FlowSpec* spec = nullptr;
  Ptr<TcpSocketBase> socket;
  Ptr<RttEstimator> rtt;
  uint32_t cwndBytes = 0;
  uint32_t ssthreshBytes = UINT32_MAX;
  uint64_t written = 0;
  uint64_t retransmits = 0;
  uint64_t samples = 0;
  uint64_t bytesAcked = 0;
  SequenceNumber32 highestSent{0};
  bool connected = false;
  bool closed = false;
  std::ofstream trace;
};

std::vector<Direction> gDirections;
std::vector<Flow> gFlows;

void OnEnqueue(Direction* d, Ptr<const QueueDiscItem>)
{
  d->enqueued++;
  d->maxDepth = std::max<uint64_t>(d->maxDepth, d->qdisc->GetNPackets() + d->deviceQueue->GetNPackets());
}
void OnQueueDrop(Direction* d, Ptr<const QueueDiscItem>) { d->drops++; }
void OnDeviceDrop(Direction* d, Ptr<const Packet>) { d->drops++; }
void OnLoss(Direction* d, Ptr<const Packet>) { d->lossDrops++; }

void OnCwnd(Flow* f, uint32_t, uint32_t v) { f->cwndBytes = v; }
void OnSsthresh(Flow* f, uint32_t, uint32_t v) { f->ssthreshBytes = v; }

void OnTx(Flow* f, Ptr<const Packet> p, const TcpHeader& h, Ptr<const TcpSocketBase>)
{
  if (p->GetSize() == 0) return;
  SequenceNumber32 end = h.GetSequenceNumber() + p->GetSize();
  if (h.GetSequenceNumber() < f->highestSent) f->retransmits++;
  if (end > f->highestSent) f->highestSent = end;
}

uint64_t BytesAcked(Flow* f)
{
  uint32_t head = f->socket->GetTxBuffer()->HeadSequence().GetValue();
  return head > 0 ? head - 1 : 0;
}

void Sample(Flow* f)
{
  const uint32_t seg = kSegmentBytes;
  int64_t now = Simulator::Now().GetNanoSeconds();
  f->bytesAcked = BytesAcked(f);
  f->trace << SecondsText(now) << ',' << f->cwndBytes / seg << ',';
  if (f->ssthreshBytes < 0x7fffffffU) f->trace << f->ssthreshBytes / seg;
  f->trace << ',' << f->rtt->GetEstimate().GetMicroSeconds() << ',' << f->rtt->GetVariation().GetMicroSeconds() << ','
           << f->bytesAcked << ',' << f->retransmits << ",\\n";
  f->samples++;
  if (now + f->spec->sampleNs <= kDurationNs) Simulator::Schedule(NanoSeconds(f->spec->sampleNs), &Sample, f);
}

void Fill(Flow* f)
{
  if (!f->connected || f->closed) return;
  const uint64_t limit = f->spec->bytes;
  while (limit == 0 || f->written < limit) {
    uint64_t n = std::min<uint64_t>(f->socket->GetTxAvailable(), 65536);
    if (limit != 0) n = std::min<uint64_t>(n, limit - f->written);
    if (n == 0) return;
    int sent = f->socket->Send(Create<Packet>(static_cast<uint32_t>(n)), 0);
    if (sent <= 0) return;
    f->written += static_cast<uint64_t>(sent);
  }
  f->closed = true;
  f->socket->Close();
}

void OnSendSpace(Flow* f, Ptr<Socket>, uint32_t) { Fill(f); }

void OnConnected(Flow* f, Ptr<Socket>)
{
  f->connected = true;
  Sample(f);
  Fill(f);
}

void OnConnectFailed(Flow* f, Ptr<Socket>)
{
  std::fprintf(stderr, "flow %s: connect failed\\n", f->spec->id);
}

void StartSender(Flow* f, Ptr<Node> node)
{
  Ptr<Socket> s = node->GetObject<TcpL4Protocol>()->CreateSocket(TypeId::LookupByName(f->spec->tcp));
  f->socket = DynamicCast<TcpSocketBase>(s);
  f->rtt = CreateObject<RttMeanDeviation>();
  f->socket->SetRtt(f->rtt);
  if (f->spec->pacing) f->socket->SetPacingStatus(true);
  f->socket->TraceConnectWithoutContext("CongestionWindow", MakeBoundCallback(&OnCwnd, f));
  f->socket->TraceConnectWithoutContext("SlowStartThreshold", MakeBoundCallback(&OnSsthresh, f));
  f->socket->TraceConnectWithoutContext("Tx", MakeBoundCallback(&OnTx, f));
  f->socket->SetConnectCallback(MakeBoundCallback(&OnConnected, f), MakeBoundCallback(&OnConnectFailed, f));
  f->socket->SetSendCallback(MakeBoundCallback(&OnSendSpace, f));
  f->socket->Bind();
  f->socket->Connect(InetSocketAddress(Ipv4Address(f->spec->toIp), f->spec->port));
}

void WriteOutcome(const std::string& path, uint32_t run)
{
  std::ofstream o(path);
  o << "{\\n  \\"simulator\\": \\"ns-3\\",\\n  \\"rng_seed\\": 1,\\n  \\"rng_run\\": " << run << ",\\n  \\"duration_ns\\": " << kDurationNs
    << ",\\n  \\"flows\\": [";
  for (size_t i = 0; i < gFlows.size(); i++) {
    const Flow& f = gFlows[i];
    o << (i ? "," : "") << "\\n    {\\"id\\": " << JsonText(f.spec->id) << ", \\"tcp\\": " << JsonText(f.spec->tcp) << ", \\"bytes_acked\\": " << f.bytesAcked
      << ", \\"retransmits\\": " << f.retransmits << ", \\"samples\\": " << f.samples << "}";
  }
  o << "\\n  ],\\n  \\"queues\\": [";
  for (size_t i = 0; i < gDirections.size(); i++) {
    const Direction& d = gDirections[i];
    o << (i ? "," : "") << "\\n    {\\"id\\": " << JsonText(d.id) << ", \\"drops\\": " << d.drops << ", \\"loss_drops\\": " << d.lossDrops
      << ", \\"enqueued\\": " << d.enqueued << ", \\"max_depth_packets\\": " << d.maxDepth << "}";
  }
  o << "\\n  ]\\n}\\n";
}

} // namespace

int main(int argc, char* argv[])
{
  std::string out = ".";
  uint32_t run = 1;
  CommandLine cmd;
  cmd.AddValue("out", "folder for traces/<flow>.csv and outcome.json", out);
  cmd.AddValue("run", "RngRun: the random stream set (loss draws)", run);
  cmd.Parse(argc, argv);
  RngSeedManager::SetSeed(1);
  RngSeedManager::SetRun(run);
  SetTcpDefaults();

  NodeContainer nodes;
  nodes.Create(kHosts.size());
  InternetStackHelper internet;
  internet.Install(nodes);

  std::map<std::pair<int, int>, Ptr<NetDevice>> deviceOf;
  gDirections.reserve(kLinks.size() * 2);
  int64_t stream = 1000;
  for (const LinkSpec& l : kLinks) {
    DataRate rate(l.rateBps);
    Time gap = rate.CalculateBytesTxTime(kFramingBytes);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", DataRateValue(rate));
    p2p.SetDeviceAttribute("InterframeGap", TimeValue(gap));
    p2p.SetChannelAttribute("Delay", TimeValue(NanoSeconds(l.delayNs) + gap));
    p2p.SetQueue("ns3::DropTailQueue<Packet>", "MaxSize", StringValue("1p"));
    NetDeviceContainer d = p2p.Install(nodes.Get(l.hostA), nodes.Get(l.hostB));
    TrafficControlHelper tch;
    tch.SetRootQueueDisc("ns3::FifoQueueDisc", "MaxSize", StringValue(std::to_string(l.queuePackets - 1) + "p"));
    QueueDiscContainer q = tch.Install(d);
    deviceOf[{l.hostA, l.nicA}] = d.Get(0);
    deviceOf[{l.hostB, l.nicB}] = d.Get(1);
    const char* ids[2] = {l.dirAB, l.dirBA};
    for (uint32_t k = 0; k < 2; k++) {
      gDirections.push_back(Direction{});
      Direction* dir = &gDirections.back();
      dir->id = ids[k];
      dir->qdisc = q.Get(k);
      dir->deviceQueue = DynamicCast<PointToPointNetDevice>(d.Get(k))->GetQueue();
      dir->qdisc->TraceConnectWithoutContext("Enqueue", MakeBoundCallback(&OnEnqueue, dir));
      dir->qdisc->TraceConnectWithoutContext("Drop", MakeBoundCallback(&OnQueueDrop, dir));
      d.Get(k)->TraceConnectWithoutContext("MacTxDrop", MakeBoundCallback(&OnDeviceDrop, dir));
      Ptr<NetDevice> receiver = d.Get(1 - k);
      receiver->TraceConnectWithoutContext("PhyRxDrop", MakeBoundCallback(&OnLoss, dir));
      if (l.loss > 0) {
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(l.loss);
        em->AssignStreams(stream++);
        receiver->SetAttribute("ReceiveErrorModel", PointerValue(em));
      }
    }
  }

  std::map<std::pair<int, int>, int32_t> interfaceOf;
  for (const NicSpec& n : kNics) {
    auto it = deviceOf.find({n.host, n.nic});
    if (it == deviceOf.end()) continue;
    Ptr<Ipv4> ipv4 = nodes.Get(n.host)->GetObject<Ipv4>();
    int32_t k = ipv4->AddInterface(it->second);
    ipv4->AddAddress(k, Ipv4InterfaceAddress(Ipv4Address(n.ip), Ipv4Mask(n.mask)));
    ipv4->SetMetric(k, 1);
    ipv4->SetForwarding(k, kHosts[n.host].forwarding);
    ipv4->SetUp(k);
    interfaceOf[{n.host, n.nic}] = k;
  }
  Ipv4StaticRoutingHelper routing;
  for (const RouteSpec& r : kRoutes) {
    auto it = interfaceOf.find({r.host, r.nic});
    if (it == interfaceOf.end()) continue;
    Ptr<Ipv4StaticRouting> table = routing.GetStaticRouting(nodes.Get(r.host)->GetObject<Ipv4>());
    if (std::string(r.mask) == "0.0.0.0") table->SetDefaultRoute(Ipv4Address(r.via), it->second);
    else table->AddNetworkRouteTo(Ipv4Address(r.network), Ipv4Mask(r.mask), Ipv4Address(r.via), it->second);
  }

  ::mkdir(out.c_str(), 0755);
  ::mkdir((out + "/traces").c_str(), 0755);
  gFlows.resize(kFlows.size());
  for (size_t i = 0; i < kFlows.size(); i++) {
    Flow* f = &gFlows[i];
    f->spec = &kFlows[i];
    f->trace.open(out + "/traces/" + f->spec->id + ".csv");
    f->trace << "time_s,cwnd_segments,ssthresh_segments,rtt_us,rttvar_us,bytes_acked,total_retrans,delivery_rate_bps\\n";
    PacketSinkHelper sink("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address::GetAny(), f->spec->port));
    ApplicationContainer app = sink.Install(nodes.Get(f->spec->to));
    app.Start(NanoSeconds(f->spec->startNs));
    Simulator::Schedule(NanoSeconds(f->spec->startNs + kSenderOffsetNs), &StartSender, f, nodes.Get(f->spec->from));
  }

  Simulator::Stop(NanoSeconds(kDurationNs));
  Simulator::Run();
  for (Flow& f : gFlows) {
    if (f.socket) f.bytesAcked = BytesAcked(&f);
    f.trace.close();
  }
  WriteOutcome(out + "/outcome.json", run);
  Simulator::Destroy();
  return 0;
}
`,
};
