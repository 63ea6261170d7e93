/**
 * Scan results as users read them: one typed report, findings joined with the catalog in a stable order, which
 * every output format (lib/reports/formats/) renders without looking anything up again.
 */
import type { Evaluation } from "../core/types";
import { urnName, urnType } from "../core/urn";
import { areas, lookupType } from "../kit/model";
import { FixChange, undecidedReasons } from "../kit/policy";
import { proposedFix } from "../kit/fix";
import { registry } from "../kit/registry";
import { CatalogEntry, packArea } from "./catalog";
import { Exemption, exemptionMatcher, packExemptionMatcher, violationUrnResolver } from "./exemptions";
import type { PolicyException } from "../engine/policy-config";
import type { ExemptionSettings } from "../kit/exemptions";

export interface ReportedFinding {
    policy: string;
    resourceType: string;
    resourceName: string;
    urn: string;
    area: string;
    serviceModel: string;
    severity: string;
    enforcementLevel: string;
    message: string;
    /** Set when a policy exception of the config exempts the finding: it is reported, and does not block. */
    exemption?: Exemption;
    /** For a remediable policy: the changes its fix would make at level `remediate` (the policy's values only). */
    fix?: readonly FixChange[];
}

/** A check that could not decide, on values unknown until deployment or because it failed, and why (never a value). */
export interface UndecidedCheck {
    policy: string;
    /** Empty for a stack policy, which decides over the whole stack. */
    resourceType: string;
    resourceName: string;
    urn: string;
    reason: string;
}

/** Resources no policy of the pack examines, by type: what the report says nothing about. */
export interface NotCovered {
    resources: number;
    types: { type: string; resources: number }[];
}

/** A resource the pack may examine (custom, not one of Pulumi's own), with its service model where the catalog knows its type. */
export interface ReportedResource {
    urn: string;
    type: string;
    /** IaaS, PaaS or SaaS; empty for a type the catalog does not know. */
    serviceModel: string;
}

export interface Report {
    /** The tool, for formats that name it. */
    tool: { version: string };
    /** What was scanned: the program's entry file or the stack export, relative to the working directory. */
    artifact: string;
    /** Every policy of the pack, as the catalog shows it (SARIF rules, JUnit cases, the fix in text). */
    policies: CatalogEntry[];
    findings: ReportedFinding[];
    /** Each (policy, resource) pair that could not decide, with its reason. */
    undecided: UndecidedCheck[];
    notCovered: NotCovered;
    /** Every custom resource evaluated, in input order: what the responsibility matrix (HTML) places in its cells. */
    resources: ReportedResource[];
    /** `mandatory` and `advisory` count the findings no exception exempts; `exempted` the others, at any level. */
    summary: { resources: number; resourcesWithFindings: number; findings: number; mandatory: number; advisory: number;
        exempted: number; undecided: number; notCovered: number; byArea: Record<string, number> };
}

const severityOrder = ["critical", "high", "medium", "low"];
/** The seven areas, then the pack's own entries. */
const areaOrder = [...Object.keys(areas), packArea];

export interface ReportContext {
    /** Every resource evaluated; `custom: false` marks a component, which no policy is about. */
    resources: readonly { urn: string; type: string; custom?: boolean; parent?: string; props?: Record<string, unknown> }[];
    policies: CatalogEntry[];
    artifact: string;
    version: string;
    /** The policy exceptions of the config (version 2's `exceptions`), applied as the Pulumi CLI applies them. */
    exceptions?: readonly PolicyException[];
    /** The pack's own exemptions (pack-settings), which the pack applied: findings they exempt are marked. */
    packExemptions?: ExemptionSettings;
    /** Today, for the pack exemptions' expiry. */
    now?: Date;
    /** Each policy's options as configured, for the fixes findings show (defaults where absent). */
    policyConfig?: ReadonlyMap<string, Record<string, unknown>>;
}

export function buildReport(evaluation: Evaluation, context: ReportContext): Report {
    const byName = new Map<string, CatalogEntry>(context.policies.map((e) => [e.name, e]));
    const violationUrn = violationUrnResolver(context.resources);
    const exemptionOf = exemptionMatcher(context.exceptions ?? []);
    const packExemptionOf = packExemptionMatcher(context.packExemptions, context.resources, context.now ?? new Date(),
        (policy) => byName.get(policy)?.area);
    const findings = evaluation.findings.map((f): ReportedFinding => {
        const e = byName.get(f.policy);
        // The Pulumi CLI's exceptions first: the CLI applies them whatever the pack reported.
        const exemption = exemptionOf(f.policy, violationUrn(f.urn)) ?? packExemptionOf(f);
        return {
            policy: f.policy,
            resourceType: urnType(f.urn),
            resourceName: urnName(f.urn),
            urn: f.urn,
            area: e?.area ?? "",
            serviceModel: e?.serviceModel ?? "",
            severity: f.severity,
            enforcementLevel: f.enforcementLevel,
            message: f.message,
            ...(exemption ? { exemption } : {}),
            ...fixOf(f.policy, f.urn, context),
        };
    }).sort((a, b) => areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area)
        || severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity)
        || a.policy.localeCompare(b.policy) || a.urn.localeCompare(b.urn) || a.message.localeCompare(b.message));
    const undecided: UndecidedCheck[] = [];
    for (const [subject, byPolicy] of evaluation.notApplicable) {
        for (const [policy, reason] of byPolicy) {
            if (Object.values(undecidedReasons).some((prefix) => reason.startsWith(prefix))) {
                const urn = subject === "stack" ? "" : subject;
                undecided.push({ policy, resourceType: urn && urnType(urn), resourceName: urn && urnName(urn), urn, reason });
            }
        }
    }
    undecided.sort((a, b) => a.policy.localeCompare(b.policy) || a.urn.localeCompare(b.urn));
    const byArea = Object.fromEntries(areaOrder.map((a) => [a, findings.filter((f) => f.area === a).length]));
    const uncovered = notCovered(context);
    return {
        tool: { version: context.version },
        artifact: context.artifact,
        policies: context.policies,
        findings,
        undecided,
        notCovered: uncovered,
        resources: context.resources.filter((r) => r.custom !== false && !r.type.startsWith("pulumi:"))
            .map((r) => ({ urn: r.urn, type: r.type, serviceModel: lookupType(r.type)?.serviceModel ?? "" })),
        summary: {
            resources: context.resources.length,
            resourcesWithFindings: new Set(findings.map((f) => f.urn)).size,
            findings: findings.length,
            mandatory: findings.filter((f) => f.enforcementLevel === "mandatory" && !f.exemption).length,
            advisory: findings.filter((f) => f.enforcementLevel === "advisory" && !f.exemption).length,
            exempted: findings.filter((f) => f.exemption).length,
            undecided: undecided.length,
            notCovered: uncovered.resources,
            byArea,
        },
    };
}


/** Custom resources whose type no policy of the pack covers (under any of its tokens), counted by type. */
function notCovered(context: ReportContext): NotCovered {
    const covered = new Set(context.policies.flatMap((p) => p.resourceTypes));
    const counts = new Map<string, number>();
    for (const r of context.resources) {
        const known = lookupType(r.type);
        if (r.custom !== false && !r.type.startsWith("pulumi:") && !(known && covered.has(known.token))) {
            counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
        }
    }
    const types = [...counts].map(([type, resources]) => ({ type, resources }))
        .sort((a, b) => b.resources - a.resources || a.type.localeCompare(b.type));
    return { resources: types.reduce((n, t) => n + t.resources, 0), types };
}

/** The fix a remediable policy would make on the finding's resource, worked out from its inputs. */
function fixOf(policy: string, urn: string, context: ReportContext): { fix?: readonly FixChange[] } {
    const def = context.policies.find((e) => e.name === policy)?.remediable
        ? registry().find((p) => p.definition.name === policy)?.definition : undefined;
    const r = def?.kind === "resource" ? context.resources.find((x) => x.urn === urn) : undefined;
    const fix = def?.kind === "resource" && r?.props ? proposedFix(def, r.type, r.props, context.policyConfig?.get(policy) ?? {}) : undefined;
    return fix ? { fix } : {};
}
