/**
 * Derives, from the SDKs' own declarations, where an older API version of a catalog type has a different
 * top-level input shape from today's, and writes lib/kit/api-versions.ts. `node dist/scripts/api-versions.js`
 * rewrites it; a test checks it matches the installed SDKs.
 *
 * Today's shape is the `*Args` interface of the installed @pulumi/azure-native (3.x). The older shapes come from
 * the modules @pulumi/azure-native 2.x ships (installed as the dev dependency `azure-native-v2`): every
 * API-version module (`containerservice/v20190601`) and the 2.x default module of a type whose module was
 * renamed in 3.x (`documentdb` for `cosmosdb`). A program can only carry a token whose module an SDK ships, so
 * these are the versions a scan or a preview can meet.
 *
 * Kept per token, only where it matters: the top-level inputs that version has and today's lacks (`older`, e.g.
 * `apiServerAuthorizedIPRanges` before AKS moved it into `apiServerAccessProfile`), with the inputs of today's
 * shape that version lacks (`lacks`). A version that only lacks newer inputs is today's shape with fewer
 * settings, and a check of today's shape reads it correctly (an absent setting is the service's default).
 */
import * as fs from "fs";
import * as path from "path";
import { packRoot } from "../lib/core/paths";
import { catalog } from "../lib/kit/model";
import { tokenAliases } from "../lib/kit/token-aliases";
import type { VersionShape } from "../lib/kit/api-versions";
import { classFileIn, declaredAliases, sdkClassFile } from "./token-aliases";

const v2Root = path.dirname(require.resolve("azure-native-v2/package.json"));

/** The .d.ts of a class of azure-native 2.x, if 2.x ships that module. */
function v2ClassFile(token: string): string | undefined {
    const [, mod, name] = token.split(":");
    const file = classFileIn(path.join(v2Root, ...mod.split("/")), name, ".d.ts");
    return fs.existsSync(file) ? file : undefined;
}

/** The top-level input names of the `<Class>Args` interface in a class's .d.ts. */
export function argsInputs(file: string): string[] {
    const source = fs.readFileSync(file, "utf8");
    // The interface is named after the class, whose case the file name may fold (`afdendpoint.d.ts`: `AFDEndpointArgs`).
    const name = path.basename(file, ".d.ts").toLowerCase();
    const header = [...source.matchAll(/^export interface (\w+)Args \{/gm)].find((m) => m[1].toLowerCase() === name);
    const start = header?.index ?? -1;
    if (start < 0) {
        throw new Error(`${file} declares no Args interface`);
    }
    const body = source.slice(start, source.indexOf("\n}", start));
    return [...body.matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1]).sort();
}

/** The API version a token's module stands for: `v20190601preview` is 2019-06-01-preview; a default module says it. */
function apiVersionOf(token: string, file: string): string {
    const mod = token.split(":")[1];
    const v = /\/v(\d{4})(\d{2})(\d{2})(\w*)$/.exec(mod);
    if (v) {
        return `${v[1]}-${v[2]}-${v[3]}${v[4] ? `-${v[4]}` : ""}`;
    }
    const said = /Uses Azure REST API version ([\d-]+\w*)|Azure REST API version: ([\d-]+\w*)/.exec(fs.readFileSync(file, "utf8"));
    if (!said) {
        throw new Error(`${file} does not say its API version`);
    }
    return said[1] ?? said[2];
}

/**
 * The older API versions of a catalog type that the SDKs declare, each with the 2.x `.d.ts` of its class, in token
 * order: the type's declared aliases, its 2.x tokens if renamed in 3.x, and theirs.
 */
export function olderVersions(key: string, token: string): { token: string; file: string }[] {
    const renamed = (tokenAliases[key] ?? []).filter((t) => v2ClassFile(t));
    const tokens = new Set([...declaredAliases(token), ...renamed,
        ...renamed.flatMap((t) => declaredAliases(t, v2ClassFile(t)!.replace(/\.d\.ts$/, ".js")))]);
    return [...tokens].sort().flatMap((t) => {
        const file = t === token ? undefined : v2ClassFile(t);
        return file ? [{ token: t, file }] : [];
    });
}

export function deriveVersionShapes(): { shapes: Record<string, VersionShape>; compared: number } {
    const shapes: Record<string, VersionShape> = {};
    let compared = 0;
    for (const [key, type] of Object.entries(catalog)) {
        const today = new Set(argsInputs(sdkClassFile(type.token, ".d.ts")));
        for (const { token, file } of olderVersions(key, type.token)) {
            compared++;
            const inputs = new Set(argsInputs(file));
            const older = [...inputs].filter((p) => !today.has(p));
            if (older.length > 0) {
                shapes[token] = { key, version: apiVersionOf(token, file), older, lacks: [...today].filter((p) => !inputs.has(p)) };
            }
        }
    }
    return { shapes, compared };
}

export const versionsFile = path.join(packRoot, "lib", "kit", "api-versions.ts");

export function versionsSource(): string {
    const version = (file: string) => (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
    const v3 = version(require.resolve("@pulumi/azure-native/package.json"));
    const v2 = version(path.join(v2Root, "package.json"));
    const { shapes, compared } = deriveVersionShapes();
    const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;
    const body = Object.entries(shapes).map(([token, s]) =>
        `    ${JSON.stringify(token)}: { key: ${JSON.stringify(s.key)}, version: ${JSON.stringify(s.version)},\n` +
        `        older: ${list(s.older)},\n        lacks: ${list(s.lacks)} },`).join("\n");
    return `// Generated by scripts/api-versions.ts from @pulumi/azure-native ${v3} and ${v2}; do not edit.
// Of the ${compared} older modules of catalog types that these SDKs ship, these ${Object.keys(shapes).length} name top-level inputs today's shape lacks.

/** An older API version whose top-level inputs differ from today's by more than lacking newer ones. */
export interface VersionShape {
    /** The catalog key of the type. */
    readonly key: string;
    /** The API version, as Azure writes it. */
    readonly version: string;
    /** Top-level inputs this version has and today's shape lacks. */
    readonly older: readonly string[];
    /** Top-level inputs of today's shape this version lacks. */
    readonly lacks: readonly string[];
}

/** By exact type token. */
export const versionShapes: Readonly<Record<string, VersionShape>> = {
${body}
};
`;
}

if (require.main === module) {
    fs.writeFileSync(versionsFile, versionsSource());
    process.stdout.write(`wrote ${path.relative(process.cwd(), versionsFile)}\n`);
}
