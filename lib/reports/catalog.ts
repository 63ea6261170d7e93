/** The policy catalog as users see it: `azure-srm list`, the docs and the README table all print this. */
import { aliasesOf, areas, catalog, CatalogKey, ResourceType, responsibilities } from "../kit/model";
import { mcsbDefinition } from "../kit/mcsb-initiative";
import { schemaOf } from "../kit/options";
import { azurePolicyRef, FixChange } from "../kit/policy";
import { RegisteredPolicy, registry } from "../kit/registry";
import { decodablePropertiesPolicy } from "../engine/decode-guard";

export interface CatalogEntry {
    name: string;
    description: string;
    area: string;
    responsibility: string;
    owner: string;
    serviceModel: string;
    resourceTypes: string[];
    /** The other tokens the SDK declares for those types (azure-native 2.x module names), also matched. */
    tokenAliases: string[];
    kind: "resource" | "stack";
    baseSeverity: string;
    severity: string;
    enforcementLevel: string;
    /** MCSB control ids, CIS ids, and the ids of the Azure Policy definitions (MCSB initiative) it implements. */
    frameworks: { mcsb: string[]; cis: string[]; azurePolicy: string[] };
    /** Those Azure Policy definitions with their display names, and what the policy leaves out of each it covers partly. */
    azurePolicyDefinitions: { id: string; displayName: string; partial?: string }[];
    remediation: string;
    /** Whether the policy remediates (its level `remediate` makes the engine apply `fix`). */
    remediable: boolean;
    /**
     * Per resource type token, the property changes of the fix, or "depends on the resource" where the policy works
     * them out from its props (still setting only its own constants). Absent where it does not remediate.
     */
    fix?: Record<string, readonly FixChange[] | "depends on the resource">;
    /** Why it does not remediate, where the policy says. */
    noFix?: string;
    config: Record<string, unknown>;
    /** Message templates by id: `{{name}}` is a property path or index, `{{config.option}}` an option. */
    messages: Record<string, string>;
    file: string;
}

const keyOf = (t: ResourceType): CatalogKey => (Object.keys(catalog) as CatalogKey[]).find((k) => catalog[k] === t)!;

export function entryOf(p: RegisteredPolicy): CatalogEntry {
    const d = p.definition;
    const refs = (d.frameworks.azurePolicy ?? []).map(azurePolicyRef);
    return {
        name: d.name,
        description: d.description,
        area: d.area,
        responsibility: p.responsibility,
        owner: p.owner,
        serviceModel: p.serviceModel,
        resourceTypes: d.resources.map((t) => t.token),
        tokenAliases: d.resources.flatMap((t) => aliasesOf(keyOf(t))),
        kind: d.kind,
        baseSeverity: d.severity,
        severity: p.severity ?? "none",
        enforcementLevel: p.enforcementLevel,
        frameworks: { mcsb: [...d.frameworks.mcsb], cis: [...(d.frameworks.cis ?? [])], azurePolicy: refs.map((r) => r.id) },
        azurePolicyDefinitions: refs.map(({ id, partial }) => ({
            id, displayName: mcsbDefinition(id)?.displayName ?? id, ...(partial !== undefined ? { partial } : {}),
        })),
        remediation: d.remediation,
        ...fixOf(p),
        config: schemaOf(d.config) ?? {},
        messages: { ...d.messages },
        file: p.file,
    };
}

function fixOf(p: RegisteredPolicy): Pick<CatalogEntry, "remediable" | "fix" | "noFix"> {
    const d = p.definition;
    const fixes = d.kind === "resource" ? [...d.fixes] : [];
    return {
        remediable: fixes.length > 0,
        ...(fixes.length > 0 ? {
            fix: Object.fromEntries(fixes.map(([t, f]) => [t.token, typeof f === "function" ? "depends on the resource" as const : f])),
        } : {}),
        ...(d.noFix !== undefined ? { noFix: d.noFix } : {}),
    };
}

export function catalogEntries(): CatalogEntry[] {
    return registry().map(entryOf);
}

/** The area of the pack's own entries, which are about its reading of the input, not a customer obligation. */
export const packArea = "pack";

/** The pack's own entries that can report (pack-decodable-properties), as reports show them. */
export function packEntries(): CatalogEntry[] {
    const p = decodablePropertiesPolicy;
    return [{
        name: p.name, description: p.description, area: packArea, responsibility: "", owner: "", serviceModel: "",
        resourceTypes: [], tokenAliases: [], kind: "resource", baseSeverity: p.severity ?? "low",
        severity: p.severity ?? "low", enforcementLevel: p.enforcementLevel ?? "advisory",
        frameworks: { mcsb: [], cis: [], azurePolicy: [] }, azurePolicyDefinitions: [],
        remediation: p.remediationSteps ?? "", remediable: false, config: {}, messages: {}, file: "lib/engine/decode-guard.ts",
    }];
}

/** Every entry a scan report may name: the catalog's policies, then the pack's own. */
export function reportEntries(): CatalogEntry[] {
    return [...catalogEntries(), ...packEntries()];
}

export const areaTitle = (area: string): string => area === packArea
    ? "Input the pack could not read"
    : (areas as Record<string, { title: string }>)[area]?.title ?? area;
export const rowTitle = (row: string): string =>
    (responsibilities as Record<string, { title: string }>)[row]?.title ?? row;
