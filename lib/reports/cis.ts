/**
 * How much of the CIS Microsoft Azure Foundations Benchmark v6.0.0 the pack implements, per recommendation:
 * `azure-srm coverage --cis`. Derived from the policies' `frameworks.cis` and the benchmark's data in
 * lib/kit/cis-benchmark.ts; nothing is recorded twice.
 */
import { cisBenchmark, cisRecommendations, NotDecidableReason, notDecidableReasons } from "../kit/cis-benchmark";
import { registry } from "../kit/registry";

/**
 * covered: some policy names the recommendation; none: no policy does although a program's resources could decide
 * it; not-decidable: a program's resources cannot decide it (its reason says why), whatever policies name it.
 */
export const cisVerdicts = ["covered", "none", "not-decidable"] as const;
export type CisVerdict = (typeof cisVerdicts)[number];

export interface RecommendationCoverage {
    id: string;
    section: string;
    level: 1 | 2;
    automated: boolean;
    topic: string;
    verdict: CisVerdict;
    /** Why it is not decidable, in words; absent when it is. */
    notDecidable?: string;
    policies: string[];
}

export interface CisCoverage {
    benchmark: { name: string; version: string; url: string };
    /** In benchmark order. */
    recommendations: RecommendationCoverage[];
    totals: {
        recommendations: number;
        decidable: { recommendations: number; covered: number; none: number };
        notDecidable: Record<NotDecidableReason, number>;
    };
}

/** Sorts CIS ids as the benchmark does: 2.1.2 before 2.1.10. */
function byId(a: string, b: string): number {
    const x = a.split(".").map(Number);
    const y = b.split(".").map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if ((x[i] ?? -1) !== (y[i] ?? -1)) {
            return (x[i] ?? -1) - (y[i] ?? -1);
        }
    }
    return 0;
}

export function cisCoverage(): CisCoverage {
    const policiesOf = new Map<string, string[]>();
    for (const { definition: d } of registry()) {
        for (const id of d.frameworks.cis ?? []) {
            policiesOf.set(id, [...policiesOf.get(id) ?? [], d.name]);
        }
    }
    const recommendations: RecommendationCoverage[] = [...cisRecommendations].sort((a, b) => byId(a.id, b.id)).map((r) => {
        const policies = policiesOf.get(r.id) ?? [];
        const reason = "notDecidable" in r ? r.notDecidable : undefined;
        return {
            id: r.id, section: r.section, level: r.level, automated: r.automated, topic: r.topic,
            verdict: reason ? "not-decidable" : policies.length > 0 ? "covered" : "none",
            ...(reason ? { notDecidable: notDecidableReasons[reason] } : {}),
            policies,
        };
    });
    const count = (f: (r: RecommendationCoverage) => boolean) => recommendations.filter(f).length;
    const notDecidable = Object.fromEntries(Object.keys(notDecidableReasons).map((reason) => [reason,
        cisRecommendations.filter((r) => "notDecidable" in r && r.notDecidable === reason).length])) as Record<NotDecidableReason, number>;
    return {
        benchmark: { ...cisBenchmark },
        recommendations,
        totals: {
            recommendations: recommendations.length,
            decidable: {
                recommendations: count((r) => r.verdict !== "not-decidable"),
                covered: count((r) => r.verdict === "covered"),
                none: count((r) => r.verdict === "none"),
            },
            notDecidable,
        },
    };
}
