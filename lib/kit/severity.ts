/**
 * Severity and enforcement derived from the responsibility model.
 *
 * - customer-owned row: the policy's base severity stands.
 * - shared row: one step lower (critical -> high -> medium -> low; low stays low). Microsoft runs part of the
 *   control (the platform firewall, the runtime patching, the identity service), so the same misconfiguration
 *   leaves the customer less exposed than where they own the whole control.
 * - Microsoft-owned row: not the customer's to enforce; the policy is disabled for that service model.
 *
 * Effective severity at or above the threshold (default `high`) is `mandatory`, below it `advisory`.
 */
import type { EnforcementLevel, Severity } from "@pulumi/policy";
import { Area, areas, Owner, ownerOf, Responsibility, ResourceType, ServiceModel, serviceModels } from "./model";

export const severities = ["low", "medium", "high", "critical"] as const satisfies readonly Severity[];
export const defaultThreshold: Severity = "high";

const rank = (s: Severity): number => severities.indexOf(s);

export function effectiveSeverity(base: Severity, owner: Owner): Severity | undefined {
    switch (owner) {
        case "customer": return base;
        case "shared": return severities[Math.max(0, rank(base) - 1)];
        case "microsoft": return undefined;
    }
}

export function enforcementFor(severity: Severity | undefined, threshold: Severity = defaultThreshold): EnforcementLevel {
    if (severity === undefined) {
        return "disabled";
    }
    return rank(severity) >= rank(threshold) ? "mandatory" : "advisory";
}

export function isSeverity(value: unknown): value is Severity {
    return typeof value === "string" && (severities as readonly string[]).includes(value);
}

/** How one policy sits in the model, given its area, optional row override and resource types. */
export interface Placement {
    responsibility: Responsibility;
    /** The service model that decides: of the policy's types, the one where the customer owns the most. */
    serviceModel: ServiceModel;
    owner: Owner;
    severity: Severity | undefined;
}

const ownerRank: Record<Owner, number> = { customer: 0, shared: 1, microsoft: 2 };

export function place(area: Area, responsibility: Responsibility | undefined, types: readonly ResourceType[],
    baseSeverity: Severity): Placement {
    const row = responsibility ?? areas[area].responsibility;
    if (types.length === 0) {
        throw new Error("a policy must name at least one resource type");
    }
    // A policy spanning several service models is placed where the customer carries the most, so a check that
    // matters on a VM is not weakened because it also covers a PaaS service. Ties go to the more IaaS model.
    let best = types[0];
    for (const t of types) {
        const better = ownerRank[ownerOf(t, row)] - ownerRank[ownerOf(best, row)];
        if (better < 0 || (better === 0 && serviceModels.indexOf(t.serviceModel) < serviceModels.indexOf(best.serviceModel))) {
            best = t;
        }
    }
    const owner = ownerOf(best, row);
    return { responsibility: row, serviceModel: best.serviceModel, owner, severity: effectiveSeverity(baseSeverity, owner) };
}
