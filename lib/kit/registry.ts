/**
 * The one registry: every policy file under policies/<area>/, found on disk (a new file needs no list to be
 * edited), checked for the invariants the rest of the pack relies on, and placed in the responsibility model.
 * The pack entry point, the CLI catalog, the docs and the coverage report all read `registry()`.
 */
import * as fs from "fs";
import * as path from "path";
import type { EnforcementLevel, Severity } from "@pulumi/policy";
import { policiesDir } from "../core/paths";
import { Area, areas, Owner, Responsibility, ServiceModel } from "./model";
import { messageProblems } from "./messages";
import { mcsbDefinition } from "./mcsb-initiative";
import { azurePolicyRef, PolicyDefinition } from "./policy";
import { enforcementFor, place } from "./severity";

export interface RegisteredPolicy {
    definition: PolicyDefinition;
    responsibility: Responsibility;
    serviceModel: ServiceModel;
    owner: Owner;
    /** Effective severity; undefined where Microsoft owns the control. */
    severity: Severity | undefined;
    /** Default enforcement at the default threshold. */
    enforcementLevel: EnforcementLevel;
    /** The file, relative to the pack root, e.g. `policies/networking/nsg-no-ssh-from-internet.ts`. */
    file: string;
}

const nameRe = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function register(definition: PolicyDefinition, file: string): RegisteredPolicy {
    const p = place(definition.area, definition.responsibility, definition.resources, definition.severity);
    return { definition, ...p, enforcementLevel: enforcementFor(p.severity), file };
}

let cached: RegisteredPolicy[] | undefined;

/** All policies, sorted by area (in model order) then name. Throws one error naming every broken file. */
export function registry(): RegisteredPolicy[] {
    if (cached) {
        return cached;
    }
    const ext = path.extname(__filename); // ".js" when compiled, ".ts" under ts-node
    const problems: string[] = [];
    const seen = new Map<string, string>();
    const out: RegisteredPolicy[] = [];
    for (const area of Object.keys(areas) as Area[]) {
        const dir = path.join(policiesDir, area);
        if (!fs.existsSync(dir)) {
            continue;
        }
        for (const entry of fs.readdirSync(dir).sort()) {
            if (path.extname(entry) !== ext || entry.endsWith(".d.ts")) {
                continue;
            }
            const rel = path.posix.join("policies", area, entry.replace(/\.js$/, ".ts"));
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const def: PolicyDefinition | undefined = require(path.join(dir, entry)).default;
            if (!def || (def.kind !== "resource" && def.kind !== "stack")) {
                problems.push(`${rel}: has no default export made by resourcePolicy() or stackPolicy()`);
                continue;
            }
            const base = path.basename(entry, ext);
            if (def.name !== base) {
                problems.push(`${rel}: policy name "${def.name}" must match its file name "${base}"`);
            }
            if (!nameRe.test(def.name)) {
                problems.push(`${rel}: policy name "${def.name}" must be kebab-case`);
            }
            if (def.area !== area) {
                problems.push(`${rel}: declares area "${def.area}" but lives in policies/${area}/`);
            }
            if (def.frameworks.mcsb.length === 0) {
                problems.push(`${rel}: names no MCSB control`);
            }
            const definitionIds = new Set<string>();
            for (const { id, partial } of (def.frameworks.azurePolicy ?? []).map(azurePolicyRef)) {
                if (!mcsbDefinition(id)) {
                    problems.push(`${rel}: frameworks.azurePolicy names ${id}, which is no definition of the MCSB initiative ` +
                        "(lib/kit/mcsb-initiative.ts)");
                }
                if (definitionIds.has(id)) {
                    problems.push(`${rel}: frameworks.azurePolicy names ${id} twice`);
                }
                definitionIds.add(id);
                if (partial !== undefined && partial.trim() === "") {
                    problems.push(`${rel}: frameworks.azurePolicy covers ${id} partly without saying what it leaves out`);
                }
            }
            for (const problem of messageProblems(def.messages ?? {}, Object.keys(def.config ?? {}))) {
                problems.push(`${rel}: ${problem}`);
            }
            const other = seen.get(def.name);
            if (other) {
                problems.push(`${rel}: policy name "${def.name}" is already used by ${other}`);
            }
            seen.set(def.name, rel);
            try {
                out.push(register(def, rel));
            } catch (e) {
                problems.push(`${rel}: ${(e as Error).message}`);
            }
        }
    }
    if (problems.length > 0) {
        throw new Error(`the policy registry is inconsistent:\n  ${problems.join("\n  ")}`);
    }
    cached = out;
    return out;
}
