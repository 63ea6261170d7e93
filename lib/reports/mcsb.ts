/**
 * How much of Azure Policy's Microsoft cloud security benchmark initiative the pack implements, per definition:
 * `azure-srm coverage --mcsb`. Derived from the policies' `frameworks.azurePolicy` and the initiative's data in
 * lib/kit/mcsb-initiative.ts; nothing is recorded twice.
 */
import { DefinitionKind, DefinitionScope, mcsbDefinitions, mcsbInitiative } from "../kit/mcsb-initiative";
import { azurePolicyRef, PolicyDefinition } from "../kit/policy";
import { registry } from "../kit/registry";

/**
 * covered: some policy covers the definition fully; partial: policies cover only parts of it; none: no policy names
 * it; out-of-scope: no policy of this pack could decide it (its scope says why), whatever policies name it.
 */
export const verdicts = ["covered", "partial", "none", "out-of-scope"] as const;
export type Verdict = (typeof verdicts)[number];

export interface CoveringPolicy {
    name: string;
    /** What the policy leaves out; absent when it covers the definition fully. */
    partial?: string;
}

export interface DefinitionCoverage {
    id: string;
    displayName: string;
    kind: DefinitionKind;
    scope: DefinitionScope;
    controls: string[];
    verdict: Verdict;
    policies: CoveringPolicy[];
}

export interface McsbCoverage {
    initiative: { id: string; displayName: string; version: string };
    /** In-scope definitions first (covered, partial, none), then the rest; by display name within each. */
    definitions: DefinitionCoverage[];
    totals: {
        definitions: number;
        inScope: { definitions: number; covered: number; partial: number; none: number };
        outOfScope: Record<Exclude<DefinitionScope, "in-scope">, number>;
    };
}

/** The coverage by `policies` (the pack's, by default). */
export function mcsbCoverage(policies: readonly PolicyDefinition[] = registry().map((p) => p.definition)): McsbCoverage {
    const byDefinition = new Map<string, CoveringPolicy[]>();
    for (const d of policies) {
        for (const { id, partial } of (d.frameworks.azurePolicy ?? []).map(azurePolicyRef)) {
            byDefinition.set(id, [...byDefinition.get(id) ?? [], { name: d.name, ...(partial !== undefined ? { partial } : {}) }]);
        }
    }
    const definitions: DefinitionCoverage[] = mcsbDefinitions.map((d) => {
        const policies = byDefinition.get(d.id) ?? [];
        const verdict: Verdict = d.scope !== "in-scope" ? "out-of-scope"
            : policies.some((p) => p.partial === undefined) ? "covered" : policies.length > 0 ? "partial" : "none";
        return { id: d.id, displayName: d.displayName, kind: d.kind, scope: d.scope, controls: [...d.controls], verdict, policies };
    });
    definitions.sort((a, b) => verdicts.indexOf(a.verdict) - verdicts.indexOf(b.verdict) ||
        a.displayName.localeCompare(b.displayName, "en") || a.id.localeCompare(b.id, "en"));
    const count = (f: (d: DefinitionCoverage) => boolean) => definitions.filter(f).length;
    return {
        initiative: { ...mcsbInitiative },
        definitions,
        totals: {
            definitions: definitions.length,
            inScope: {
                definitions: count((d) => d.scope === "in-scope"),
                covered: count((d) => d.verdict === "covered"),
                partial: count((d) => d.verdict === "partial"),
                none: count((d) => d.verdict === "none"),
            },
            outOfScope: {
                "not-decidable": count((d) => d.scope === "not-decidable"),
                "retired": count((d) => d.scope === "retired"),
                "classic": count((d) => d.scope === "classic"),
            },
        },
    };
}
