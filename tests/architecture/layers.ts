/**
 * The import rules of the pack's layout, as data, and a checker over a module graph.
 *
 *   cli -> reports -> engine -> kit -> core
 *   cli -> inputs -> kit -> core
 *   policies -> kit (its one entry, lib/kit/index.ts)
 *
 * A module may import modules of its own folder and of the folders its folder lists below; core imports nothing
 * but Node built-ins; no module graph cycle, type-only imports included.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** Each role's folder and the folders it may import from (besides its own). */
export const allowed: Record<string, readonly string[]> = {
    "lib/core": [],
    "lib/kit": ["lib/core"],
    "lib/engine": ["lib/core", "lib/kit"],
    "lib/inputs": ["lib/core", "lib/kit"],
    "lib/reports": ["lib/core", "lib/kit", "lib/engine"],
    "lib/cli": ["lib/core", "lib/kit", "lib/engine", "lib/inputs", "lib/reports"],
    "policies": ["lib/kit/index"],
    "index": ["lib/core", "lib/engine"],
    "bin": ["lib/cli"],
};

/** Packages a role may load (anything for roles not listed). Node built-ins are always allowed. */
export const allowedPackages: Record<string, readonly string[]> = {
    "lib/core": [],
    "policies": [],
};

export interface Module {
    /** Path relative to the root, without extension: `lib/kit/policy`. */
    id: string;
    /** Relative imports resolved to module ids, and package names. */
    imports: string[];
    packages: string[];
}

const builtins = new Set(require("module").builtinModules as string[]);

/** The role of a module: the longest key of `allowed` that prefixes it. */
export function roleOf(id: string): string | undefined {
    return Object.keys(allowed).filter((r) => id === r || id.startsWith(`${r}/`)).sort((a, b) => b.length - a.length)[0];
}

/** Every rule broken in a graph: upward or sideways imports, forbidden packages, cycles. */
export function violations(modules: readonly Module[]): string[] {
    const out: string[] = [];
    const ids = new Set(modules.map((m) => m.id));
    for (const m of modules) {
        const role = roleOf(m.id);
        if (!role) {
            continue;
        }
        for (const target of m.imports) {
            if (!ids.has(target)) {
                continue;
            }
            const targetRole = roleOf(target);
            const ok = targetRole === role && role !== "policies"
                || allowed[role].some((a) => target === a || target.startsWith(`${a}/`));
            if (!ok) {
                out.push(`${m.id} imports ${target}: ${role} may import only ${[role, ...allowed[role]].join(", ")}`);
            }
        }
        const packages = allowedPackages[role];
        for (const p of m.packages) {
            if (packages && !builtins.has(p.replace(/^node:/, "")) && !packages.some((a) => p === a || p.startsWith(`${a}/`))) {
                out.push(`${m.id} loads package ${p}: ${role} may load ${packages.join(", ") || "Node built-ins only"}`);
            }
        }
    }
    // Cycles: depth-first search over the graph; each cycle reported once, by its members in order.
    const edges = new Map(modules.map((m) => [m.id, m.imports.filter((i) => ids.has(i))]));
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const seen = new Set<string>();
    const visit = (id: string) => {
        state.set(id, "open");
        stack.push(id);
        for (const next of edges.get(id) ?? []) {
            if (state.get(next) === "open") {
                const cycle = stack.slice(stack.indexOf(next));
                const key = [...cycle].sort().join(" ");
                if (!seen.has(key)) {
                    seen.add(key);
                    out.push(`import cycle: ${[...cycle, next].join(" -> ")}`);
                }
            } else if (!state.has(next)) {
                visit(next);
            }
        }
        stack.pop();
        state.set(id, "done");
    };
    [...ids].sort().forEach((id) => state.has(id) || visit(id));
    return out;
}

/** The module graph of the TypeScript files under `dirs` (and `files`) of `root`. */
export function readGraph(root: string, dirs: readonly string[], files: readonly string[] = []): Module[] {
    const all: string[] = [...files.map((f) => path.join(root, f))];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const p = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                walk(p);
            } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
                all.push(p);
            }
        }
    };
    dirs.forEach((d) => walk(path.join(root, d)));
    const idOf = (file: string) => path.relative(root, file).replace(/\.ts$/, "").split(path.sep).join("/");
    return all.map((file) => {
        const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
        const imports: string[] = [];
        const packages: string[] = [];
        for (const { fileName } of info.importedFiles) {
            if (fileName.startsWith(".")) {
                const base = path.resolve(path.dirname(file), fileName);
                const target = fs.existsSync(`${base}.ts`) ? base : path.join(base, "index");
                imports.push(idOf(`${target}.ts`));
            } else {
                packages.push(fileName.startsWith("@") ? fileName.split("/").slice(0, 2).join("/") : fileName.split("/")[0]);
            }
        }
        return { id: idOf(file), imports, packages };
    });
}
