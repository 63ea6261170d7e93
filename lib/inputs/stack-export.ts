/** Reads a `pulumi stack export` file (deployment version 3) into the resources the engine would analyze. */
import { InputError } from "../core/errors";
import { readJsonFile } from "../core/files";
import type { EngineResource } from "../core/types";
import { urnName } from "../core/urn";
import { isSecretObject, unknownValue } from "../core/wire";

/**
 * Secrets: a decrypted export (`--show-secrets`) carries the plaintext, which the policies may read like any
 * value (they never print values); an encrypted one carries only ciphertext, which is treated as unknown, so
 * a policy that needs it says "cannot decide yet" instead of guessing.
 */
function reveal(v: unknown): unknown {
    if (Array.isArray(v)) {
        return v.map(reveal);
    }
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (isSecretObject(o)) {
            if (typeof o.plaintext === "string") {
                try {
                    return reveal(JSON.parse(o.plaintext));
                } catch {
                    return o.plaintext;
                }
            }
            return "value" in o ? reveal(o.value) : unknownValue;
        }
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, reveal(x)]));
    }
    return v;
}

const supportedVersions = [3, 4];

export function readStackExport(file: string): EngineResource[] {
    const doc = readJsonFile(file, "");
    const resources = doc?.deployment?.resources;
    // Version 3, and 4, which the CLI writes when newer state features are used (the same resource shape);
    // an empty stack's export has no resources at all.
    const versioned = typeof doc?.version === "number" && typeof doc?.deployment === "object" && doc.deployment !== null;
    if (versioned && !supportedVersions.includes(doc.version)) {
        throw new InputError(`${file}: stack export version ${doc.version} is not supported; this tool reads ` +
            `versions ${supportedVersions.join(" and ")}`);
    }
    if (!versioned || !(resources === undefined || Array.isArray(resources))) {
        throw new InputError(`${file} is not a \`pulumi stack export\` file: expected {"version": 3, ` +
            `"deployment": {"resources": [...]}}`);
    }
    const out: EngineResource[] = [];
    (resources ?? []).forEach((r: any, i: number) => {
        if (typeof r?.urn !== "string" || typeof r?.type !== "string") {
            throw new InputError(`${file}: deployment.resources[${i}] has no urn or type`);
        }
        if (r.type === "pulumi:pulumi:Stack" || r.type.startsWith("pulumi:providers:")) {
            return;
        }
        out.push({
            urn: r.urn,
            type: r.type,
            name: urnName(r.urn),
            props: (reveal(r.inputs ?? {}) ?? {}) as Record<string, unknown>,
            // A deployed stack's outputs are what `pulumi policy analyze` gives stack policies; an export of a
            // stack never deployed (or written by hand) has none, and its inputs stand in.
            ...(r.outputs && Object.keys(r.outputs).length > 0
                ? { outputs: reveal(r.outputs) as Record<string, unknown> } : {}),
            parent: typeof r.parent === "string" ? r.parent : undefined,
            dependencies: Array.isArray(r.dependencies) ? r.dependencies : [],
            propertyDependencies: r.propertyDependencies ?? {},
        });
    });
    return out;
}
