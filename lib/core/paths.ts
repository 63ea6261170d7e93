/** Where the pack is, from wherever this file runs: compiled (dist/lib/core) or under ts-node (lib/core). */
import * as path from "path";

const compiled = path.basename(path.resolve(__dirname, "../..")) === "dist";

/** The pack's root directory: PulumiPolicy.yaml, package.json, README.md. */
export const packRoot = path.resolve(__dirname, compiled ? "../../.." : "../..");

/** The policies, beside lib/: dist/policies when compiled, policies/ under ts-node. */
export const policiesDir = path.resolve(__dirname, "../../policies");

/** The pack's name, as PulumiPolicy.yaml and Pulumi Cloud know it. */
export const packName = "azure-shared-responsibility";

/** The pack's version, from its package.json. */
export function packVersion(): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(path.join(packRoot, "package.json")) as { version: string }).version;
}
