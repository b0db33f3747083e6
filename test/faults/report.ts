// The campaign's figures: totals, one row per kind and one per fault, as
// JSON (for scripts) and as markdown (for people and the README).

import { FAULT_KINDS, type FaultKind, KIND_DESCRIPTIONS } from './fault-kinds.js';
import type { FaultResult, Invariant } from './run-fault.js';

const INVARIANTS: Invariant[] = ['exit', 'message', 'stack', 'orphan', 'results', 'injection'];

export interface Tally {
  faults: number;
  injected: number;
  passed: number;
  failed: number;
  /** QEMU processes found running after the orchestrator's exit, and the faults that left any. */
  orphanProcesses: number;
  faultsWithOrphans: number;
  resultsKept: number;
  landedInBoot: number;
  landedInExperiment: number;
}

export interface CampaignReport {
  seed: number;
  date: string;
  commit: string;
  qemu: string[];
  wallSeconds: number;
  dir: string;
  totals: Tally & { invariantFailures: Record<Invariant, number> };
  perKind: Partial<Record<FaultKind, Tally>>;
  faults: FaultResult[];
}

function tally(results: FaultResult[]): Tally {
  return {
    faults: results.length,
    injected: results.filter((r) => r.injected).length,
    passed: results.filter((r) => r.failures.length === 0).length,
    failed: results.filter((r) => r.failures.length > 0).length,
    orphanProcesses: results.reduce((n, r) => n + r.orphans.length, 0),
    faultsWithOrphans: results.filter((r) => r.orphans.length > 0).length,
    resultsKept: results.filter((r) => r.resultsKept).length,
    landedInBoot: results.filter((r) => r.landedIn === 'boot').length,
    landedInExperiment: results.filter((r) => r.landedIn === 'experiment').length,
  };
}

export function buildReport(results: FaultResult[], meta: Omit<CampaignReport, 'totals' | 'perKind' | 'faults' | 'qemu'>): CampaignReport {
  const invariantFailures = Object.fromEntries(INVARIANTS.map((i) => [i, results.filter((r) => r.failures.some((f) => f.invariant === i)).length])) as Record<Invariant, number>;
  const perKind: Partial<Record<FaultKind, Tally>> = {};
  for (const k of FAULT_KINDS) {
    const of = results.filter((r) => r.spec.kind === k);
    if (of.length > 0) perKind[k] = tally(of);
  }
  return { ...meta, qemu: [...new Set(results.map((r) => r.qemu))], totals: { ...tally(results), invariantFailures }, perKind, faults: results };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reproduce(r: FaultResult): string {
  const extra = r.spec.profile === 'ci' ? ' --ci' : r.spec.kinds ? ` --kinds ${r.spec.kinds.join(',')}` : '';
  return `npm run faults -- --seed ${r.spec.seed} --only ${r.spec.index}${extra}`;
}

export function renderMarkdown(rep: CampaignReport): string {
  const t = rep.totals;
  const md: string[] = [];
  md.push(`# Fault campaign, seed ${rep.seed}`, '');
  md.push(`${rep.date}, commit ${rep.commit}, ${t.faults} faults in ${(rep.wallSeconds / 60).toFixed(1)} min; QEMU ${rep.qemu.join(', ')}; results in ${rep.dir}`, '');
  md.push('| faults | injected | passed | failed | orphan QEMUs (faults) | results kept | landed in boot / experiment |');
  md.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  md.push(`| ${t.faults} | ${t.injected} | ${t.passed} | ${t.failed} | ${t.orphanProcesses} (${t.faultsWithOrphans}) | ${t.resultsKept} | ${t.landedInBoot} / ${t.landedInExperiment} |`, '');
  md.push(`Faults failing each invariant: ${INVARIANTS.map((i) => `${i} ${t.invariantFailures[i]}`).join(', ')}.`, '');
  md.push('| kind | faults | injected | passed | failed | orphan QEMUs | results kept | what it does |');
  md.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [k, v] of Object.entries(rep.perKind) as [FaultKind, Tally][]) {
    md.push(`| ${k} | ${v.faults} | ${v.injected} | ${v.passed} | ${v.failed} | ${v.orphanProcesses} | ${v.resultsKept} | ${cell(KIND_DESCRIPTIONS[k])} |`);
  }
  md.push('', '| # | kind | parameters | landed | exit | last stderr line | verdict |', '| ---: | --- | --- | --- | --- | --- | --- |');
  for (const r of rep.faults) {
    const exit = r.exit.signal ? r.exit.signal : String(r.exit.code);
    const verdict = r.failures.length === 0 ? 'ok' : `**${r.failures.map((f) => f.invariant).join(', ')}**`;
    const line = r.exit.signal === 'SIGKILL' ? '(killed)' : `\`${cell(r.messageLine.replace(/digest [0-9a-f]{64}/, 'digest …').replace(rep.dir, '…'))}\``;
    md.push(`| ${r.spec.index} | ${r.spec.kind} | ${cell(r.params)} | ${r.landedIn ?? '-'} | ${exit} | ${line} | ${verdict} |`);
  }
  const failed = rep.faults.filter((r) => r.failures.length > 0);
  if (failed.length > 0) {
    md.push('', '## Invariant failures', '');
    for (const r of failed) {
      md.push(`- fault ${r.spec.index} (${r.spec.kind}, ${r.params}); replay: \`${reproduce(r)}\``);
      for (const f of r.failures) md.push(`  - ${f.invariant}: ${f.detail}`);
    }
  }
  return `${md.join('\n')}\n`;
}
