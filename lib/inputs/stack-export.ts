/** Reads a `pulumi stack export` file (deployment version 3) into the resources the engine would analyze. */
import * as fs from "fs";
import { EngineResource, unknownValue } from "../engine/evaluate";

/** Bad input: one message that says what is wrong with which file. */
export class InputError extends Error {}

const secretSig = "4dabf18193072939515e22adb298388d";
const secretValue = "1b47061264138c4ac30d75fd1eb44270";

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
        if (o[secretSig] === secretValue) {
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

/** Reads and parses a JSON file; a missing, unreadable or malformed file is one InputError naming it. */
export function readJsonFile(file: string, what: string): any {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new InputError(`cannot read ${what}${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR"
            ? "it is a directory" : (e as Error).message}`);
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        throw new InputError(`${what}${file} is not JSON: ${(e as Error).message}`);
    }
}

export function readStackExport(file: string): EngineResource[] {
    const doc = readJsonFile(file, "");
    const resources = doc?.deployment?.resources;
    if (doc?.version !== 3 || !Array.isArray(resources)) {
        throw new InputError(`${file} is not a \`pulumi stack export\` file: expected {"version": 3, ` +
            `"deployment": {"resources": [...]}}`);
    }
    const out: EngineResource[] = [];
    resources.forEach((r: any, i: number) => {
        if (typeof r?.urn !== "string" || typeof r?.type !== "string") {
            throw new InputError(`${file}: deployment.resources[${i}] has no urn or type`);
        }
        if (r.type === "pulumi:pulumi:Stack" || r.type.startsWith("pulumi:providers:")) {
            return;
        }
        out.push({
            urn: r.urn,
            type: r.type,
            name: r.urn.slice(r.urn.lastIndexOf("::") + 2),
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
