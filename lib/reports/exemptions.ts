/**
 * Policy exceptions applied to a scan's findings as the Pulumi CLI applies them (v3.274.1): the pack never sees
 * them; the engine matches each violation it reports, by policy name and URN, against the exceptions of the pack's
 * config file, and a matched violation is shown as exempted and does not fail the operation, whatever its
 * enforcement level (pkg/resource/deploy/analyze_snapshot.go, analyzeResource and AnalyzeSnapshot;
 * step_generator.go, AnalyzeResources). Its enforcement level is left as the pack reported it.
 */
import { PolicyException, policyExceptionMatcher } from "../engine/policy-config";
import { urnName, urnType } from "../core/urn";
import { ExemptionSettings, exemptionOutcome } from "../kit/exemptions";

/** How a report marks a finding that an exception exempts. */
export interface Exemption {
    /** The exception's id (its key in `exceptions`); with several, the lowest, as the CLI lists them first. */
    id: string;
    reason: string;
    /**
     * Where the exception comes from: the version 2 config's `exceptions`, which the Pulumi CLI applies; or the
     * pack's own exemptions (pack-settings `exemptions`, or an in-code exemption tag), which the pack applies.
     */
    source: "pulumi" | "pack";
    /** The exception's `expiresAt`, when it has one (the CLI ignores it). */
    expiresAt?: string;
    /** A pack exemption's category. */
    category?: "waiver" | "mitigated";
    /** A pack exemption's owner (a tag's ref). */
    owner?: string;
    /** A pack exemption's expiry, YYYY-MM-DD (the first day it no longer applies). */
    expires?: string;
    /** The other exceptions that match too, in id order (the CLI lists every one). */
    others?: { id: string; reason: string }[];
}

/**
 * The URN the CLI gives a violation before matching it: the resource's, for a resource policy; for a stack
 * policy, the URN it names when that is a resource of the stack, otherwise the root stack's
 * (resolveStackPolicyViolationURN). The root stack is the `pulumi:pulumi:Stack` resource without a parent, or
 * the default one derived from another resource's stack and project (snapshotRootStackURN; a preview derives it
 * from the stack and project, which is the same URN).
 */
export function violationUrnResolver(resources: readonly { urn: string; type: string; parent?: string }[]): (urn: string) => string {
    const urns = new Set(resources.map((r) => r.urn));
    const root = rootStackUrn(resources);
    return (urn) => (urn !== "" && urns.has(urn) ? urn : root);
}

export function rootStackUrn(resources: readonly { urn: string; type: string; parent?: string }[]): string {
    const valid = resources.filter((r) => r.urn.startsWith("urn:pulumi:") && r.urn.split("::").length >= 4);
    const stack = valid.find((r) => r.type === "pulumi:pulumi:Stack" && !r.parent);
    if (stack) {
        return stack.urn;
    }
    if (valid.length === 0) {
        return "";
    }
    const [stackName, project] = valid[0].urn.slice("urn:pulumi:".length).split("::");
    return `urn:pulumi:${stackName}::${project}::pulumi:pulumi:Stack::${project}-${stackName}`;
}

/**
 * The exemption of a violation of `policy` against the (resolved) `urn` under `exceptions`, or undefined when no
 * exception matches.
 */
export function exemptionMatcher(exceptions: readonly PolicyException[]): (policy: string, urn: string) => Exemption | undefined {
    const match = policyExceptionMatcher(exceptions);
    return (policy, urn) => {
        const [first, ...others] = match(policy, urn);
        if (!first) {
            return undefined;
        }
        return {
            id: first.id,
            reason: first.reason,
            source: "pulumi",
            ...(first.expiresAt !== undefined ? { expiresAt: first.expiresAt } : {}),
            ...(others.length > 0 ? { others: others.map((e) => ({ id: e.id, reason: e.reason })) } : {}),
        };
    };
}

/**
 * Exceptions whose `expiresAt` has passed at `now`, and ones whose `expiresAt` is not a date: one warning each. The
 * CLI applies them regardless, and so does a scan.
 */
export function expiryWarnings(exceptions: readonly PolicyException[], now: Date): string[] {
    const warnings: string[] = [];
    for (const e of exceptions) {
        if (e.expiresAt === undefined) {
            continue;
        }
        const when = Date.parse(e.expiresAt);
        if (Number.isNaN(when)) {
            warnings.push(`policy exception "${e.id}": "expiresAt" is not a date (RFC 3339, e.g. 2027-01-31T00:00:00Z)`);
        } else if (when <= now.getTime()) {
            warnings.push(`policy exception "${e.id}" expired on ${new Date(when).toISOString().slice(0, 10)}; the Pulumi CLI ` +
                "ignores expiresAt and still applies it, and so does this scan: fix the violation and remove the " +
                "exception, or renew it");
        }
    }
    return warnings;
}

/**
 * The pack exemption of a finding, matched as the pack matches it (lib/kit/exemptions.ts) on the scan's own
 * resources, or undefined. The pack has already made such a finding advisory: a finding still mandatory was not
 * exempted by the pack (its clock's day differs), and is not marked, so counts and exit code follow the pack.
 */
export function packExemptionMatcher(settings: ExemptionSettings | undefined,
    resources: readonly { urn: string; type: string; props?: Record<string, unknown> }[], now: Date,
    areaOf: (policy: string) => string | undefined):
    (f: { policy: string; urn: string; enforcementLevel: string }) => Exemption | undefined {
    if (!settings || (settings.exemptions.length === 0 && !settings.allowTagExemptions)) {
        return () => undefined;
    }
    const byUrn = new Map(resources.map((r) => [r.urn, r] as const));
    return (f) => {
        if (f.enforcementLevel === "mandatory") {
            return undefined;
        }
        const r = byUrn.get(f.urn);
        const tags = r?.props?.tags;
        const value = tags !== null && typeof tags === "object" && !Array.isArray(tags)
            ? (tags as Record<string, unknown>)[settings.exemptionTag] : undefined;
        const { applied } = exemptionOutcome(settings,
            { policy: f.policy, area: areaOf(f.policy), urn: f.urn, name: urnName(f.urn), type: r?.type ?? urnType(f.urn) },
            now, typeof value === "string" ? value : undefined);
        if (!applied) {
            return undefined;
        }
        return {
            id: applied.id, reason: applied.reason, source: "pack", category: applied.category,
            ...(applied.owner !== undefined ? { owner: applied.owner } : {}),
            ...(applied.expires !== undefined ? { expires: applied.expires } : {}),
        };
    };
}
