/**
 * Derives, from the installed @pulumi/azure-native's declarations, the shape of every catalog type's `*Args`
 * (property names, nesting, arrays, maps, string enums' values, booleans, numbers) and writes it as a compact
 * JSON-Schema-like description to tests/generated/arg-shapes.json, which the property tests (tests/properties.ts)
 * build their generated property bags from. `node dist/scripts/arg-shapes.js` rewrites it; a test checks that it
 * matches the installed SDK, so an SDK upgrade cannot leave the generators describing old types.
 *
 * The walk reads the declarations' type syntax, not only the checker's types: `string | enums.x.Y` is plain
 * `string` to the checker (the literals are absorbed), and the enum's values are what make a generated value
 * realistic. `pulumi.Input<T>` is T. Nested input types become definitions, referenced by `$ref`; definitions
 * deeper than `maxDepth` objects below a type's root are cut to `{ "type": "object" }`, which also ends recursion.
 *
 * The file records a fingerprint of everything the derivation reads (the SDK's declaration files it walks, this
 * script, the TypeScript version), so that the test that it is up to date is a hash, not a walk of the SDK
 * (several seconds); `node dist/scripts/arg-shapes.js --check` derives it afresh and compares.
 *
 * The vocabulary, a subset of JSON Schema: `type` (string, number, boolean, array, object), `enum` (a closed set
 * of values), `examples` (the known values of an open string: `string | enums.x.Y`), `const`, `items`,
 * `properties` and `required`, `additionalProperties` (a map's values), `anyOf`, `$ref` (a key of `definitions`),
 * and `{}` for any value.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { packRoot } from "../lib/core/paths";
import { catalog } from "../lib/kit/model";
import { sdkClassFile } from "./token-aliases";

export interface Shape {
    type?: "string" | "number" | "boolean" | "array" | "object";
    enum?: (string | number)[];
    examples?: (string | number)[];
    const?: string | number | boolean;
    items?: Shape;
    properties?: Record<string, Shape>;
    required?: string[];
    additionalProperties?: Shape;
    anyOf?: Shape[];
    $ref?: string;
}

export interface ArgShapes {
    /** Where the shapes come from: the SDK's name and version, a hash of what the derivation read, the depth bound. */
    sdk: string;
    fingerprint: string;
    maxDepth: number;
    /** Per catalog type token, the shape of its `*Args`. */
    types: Record<string, Shape>;
    definitions: Record<string, Shape>;
}

export const shapesFile = path.join(packRoot, "tests", "generated", "arg-shapes.json");

/** Objects below a type's root that the description keeps: deeper ones are cut to `{ "type": "object" }`. */
export const maxDepth = 5;

const none: unique symbol = Symbol("undefined or null: no value");
type Walked = Shape | typeof none;

class Walker {
    readonly definitions = new Map<string, Shape>();
    /** Per definition, its properties' type nodes, walked once and kept for every depth the definition occurs at. */
    private readonly pending = new Map<string, ts.Symbol>();
    readonly unhandled = new Set<string>();

    constructor(private readonly checker: ts.TypeChecker) {}

    /** The object shape of an interface, walking its own and inherited properties. */
    objectOf(symbol: ts.Symbol): Shape {
        const properties: Record<string, Shape> = {};
        const required: string[] = [];
        const declared = this.checker.getDeclaredTypeOfSymbol(symbol);
        for (const prop of this.checker.getPropertiesOfType(declared)) {
            const decl = prop.valueDeclaration;
            if (!decl || !ts.isPropertySignature(decl) || !decl.type) {
                this.unhandled.add(`${symbol.name}.${prop.name}: not a typed property signature`);
                continue;
            }
            const walked = this.walk(decl.type);
            properties[prop.name] = walked === none ? {} : walked;
            if (!(prop.flags & ts.SymbolFlags.Optional)) {
                required.push(prop.name);
            }
        }
        return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
    }

    /** Walks the definitions referenced so far, and those they reference, until none is left. */
    drain(): void {
        while (this.pending.size > 0) {
            const [name, symbol] = this.pending.entries().next().value!;
            this.pending.delete(name);
            this.definitions.set(name, this.objectOf(symbol));
        }
    }

    private reference(symbol: ts.Symbol): Shape {
        // `"/…/types/input".compute.OSProfileArgs` -> `compute.OSProfileArgs`
        const name = this.checker.getFullyQualifiedName(symbol).replace(/^".*"\./, "");
        if (!this.definitions.has(name) && !this.pending.has(name)) {
            this.definitions.set(name, {}); // placeholder, so a recursive reference does not queue it again
            this.pending.set(name, symbol);
        }
        return { $ref: name };
    }

    walk(node: ts.TypeNode): Walked {
        if (ts.isParenthesizedTypeNode(node)) {
            return this.walk(node.type);
        }
        switch (node.kind) {
            case ts.SyntaxKind.StringKeyword: return { type: "string" };
            case ts.SyntaxKind.NumberKeyword: return { type: "number" };
            case ts.SyntaxKind.BooleanKeyword: return { type: "boolean" };
            case ts.SyntaxKind.AnyKeyword: case ts.SyntaxKind.UnknownKeyword: case ts.SyntaxKind.ObjectKeyword: return {};
            case ts.SyntaxKind.UndefinedKeyword: case ts.SyntaxKind.NullKeyword: case ts.SyntaxKind.VoidKeyword: return none;
        }
        if (ts.isLiteralTypeNode(node)) {
            const l = node.literal;
            if (ts.isStringLiteral(l)) return { const: l.text };
            if (ts.isNumericLiteral(l)) return { const: Number(l.text) };
            if (l.kind === ts.SyntaxKind.TrueKeyword) return { const: true };
            if (l.kind === ts.SyntaxKind.FalseKeyword) return { const: false };
            return none;
        }
        if (ts.isArrayTypeNode(node)) {
            return { type: "array", items: orAny(this.walk(node.elementType)) };
        }
        if (ts.isUnionTypeNode(node)) {
            return union(node.types.map((t) => this.walk(t)));
        }
        if (ts.isTypeLiteralNode(node)) {
            const index = node.members.find(ts.isIndexSignatureDeclaration);
            if (index) {
                return { type: "object", additionalProperties: orAny(this.walk(index.type)) };
            }
            const properties: Record<string, Shape> = {};
            const required: string[] = [];
            for (const m of node.members) {
                if (ts.isPropertySignature(m) && m.type && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
                    properties[m.name.text] = orAny(this.walk(m.type));
                    if (!m.questionToken) {
                        required.push(m.name.text);
                    }
                }
            }
            return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
        }
        if (ts.isTypeReferenceNode(node)) {
            return this.walkReference(node);
        }
        this.unhandled.add(`${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
        return {};
    }

    private walkReference(node: ts.TypeReferenceNode): Walked {
        let symbol = this.checker.getSymbolAtLocation(node.typeName);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
            symbol = this.checker.getAliasedSymbol(symbol);
        }
        const name = symbol?.name ?? "";
        const args = node.typeArguments ?? [];
        if (["Input", "Output", "OutputInstance", "Promise"].includes(name) && args.length === 1) {
            return this.walk(args[0]);
        }
        if (name === "Array" && args.length === 1) {
            return { type: "array", items: orAny(this.walk(args[0])) };
        }
        if (name === "Record" && args.length === 2) {
            return { type: "object", additionalProperties: orAny(this.walk(args[1])) };
        }
        if (symbol && symbol.flags & ts.SymbolFlags.Interface) {
            return this.reference(symbol);
        }
        if (symbol && symbol.flags & ts.SymbolFlags.TypeAlias) {
            // An enum of the SDK: `(typeof X)[keyof typeof X]`, a union of literals to the checker.
            const type = this.checker.getTypeFromTypeNode(node);
            const members = type.isUnion() ? type.types : [type];
            const values = members.map((t) => (t.isStringLiteral() || t.isNumberLiteral() ? t.value : undefined));
            if (values.every((v) => v !== undefined)) {
                return { type: typeof values[0] === "number" ? "number" : "string", enum: values as (string | number)[] };
            }
        }
        this.unhandled.add(`reference: ${node.getText()}`);
        return {};
    }
}

function orAny(w: Walked): Shape {
    return w === none ? {} : w;
}

/** Merges a union's members: `string | enums.x.Y` is an open string with examples; enums together are one enum. */
function union(members: Walked[]): Walked {
    const shapes = members.filter((m): m is Shape => m !== none);
    if (shapes.length === 0) {
        return none;
    }
    const key = (s: Shape) => JSON.stringify(s);
    const unique = [...new Map(shapes.map((s) => [key(s), s])).values()];
    if (unique.length === 1) {
        return unique[0];
    }
    if (unique.some((s) => Object.keys(s).length === 0)) {
        return {};
    }
    const scalar = (s: Shape) => s.type === "string" || s.type === "number" ? s.type : typeof s.const === "string" ? "string"
        : typeof s.const === "number" ? "number" : undefined;
    const kinds = new Set(unique.map(scalar));
    if (kinds.size === 1 && !kinds.has(undefined)) {
        const type = [...kinds][0]!;
        const values = [...new Set(unique.flatMap((s) => s.enum ?? s.examples ?? (s.const !== undefined ? [s.const as string | number] : [])))];
        const open = unique.some((s) => s.type !== undefined && s.enum === undefined && s.examples === undefined) ||
            unique.some((s) => s.examples !== undefined);
        return open ? (values.length > 0 ? { type, examples: values } : { type }) : { type, enum: values };
    }
    return { anyOf: unique };
}

/** The references a shape makes, each with its depth: how many objects below the root (arrays and maps add none). */
function references(shape: Shape, depth: number, out: [string, number][]): void {
    if (shape.$ref) {
        out.push([shape.$ref, depth]);
    }
    for (const s of Object.values(shape.properties ?? {})) references(s, depth + 1, out);
    if (shape.additionalProperties) references(shape.additionalProperties, depth, out);
    if (shape.items) references(shape.items, depth, out);
    for (const s of shape.anyOf ?? []) references(s, depth, out);
}

/** The shape with references to definitions outside `kept` cut to an object of unknown properties. */
function cut(shape: Shape, kept: ReadonlySet<string>): Shape {
    if (shape.$ref) {
        return kept.has(shape.$ref) ? shape : { type: "object" };
    }
    const out: Shape = { ...shape };
    if (shape.properties) out.properties = Object.fromEntries(Object.entries(shape.properties).map(([k, s]) => [k, cut(s, kept)]));
    if (shape.additionalProperties) out.additionalProperties = cut(shape.additionalProperties, kept);
    if (shape.items) out.items = cut(shape.items, kept);
    if (shape.anyOf) out.anyOf = shape.anyOf.map((s) => cut(s, kept));
    return out;
}

const sdkRoot = path.dirname(require.resolve("@pulumi/azure-native/package.json"));

function catalogTokens(): string[] {
    return [...new Set(Object.values(catalog).map((t) => t.token))].sort();
}

/**
 * The SDK's declaration files the derivation reads: the catalog classes' files, the nested input (and output)
 * types and every enum module. deriveArgShapes checks that its program reads no other file of the SDK.
 */
function sdkInputFiles(tokens: readonly string[]): string[] {
    const enums = path.join(sdkRoot, "types", "enums");
    const enumFiles = fs.readdirSync(enums, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".d.ts")).map((f) => path.join(enums, f));
    return [...new Set([...tokens.map((t) => sdkClassFile(t, ".d.ts")), path.join(sdkRoot, "types", "input.d.ts"),
        path.join(sdkRoot, "types", "output.d.ts"), ...enumFiles])].sort();
}

/** A hash of everything the derivation reads: the SDK's files above, this script and its helpers, TypeScript's version. */
export function inputsFingerprint(tokens: readonly string[] = catalogTokens()): string {
    const hash = crypto.createHash("sha256");
    hash.update(`typescript ${ts.version}\0maxDepth ${maxDepth}\0`);
    for (const own of ["arg-shapes.ts", "token-aliases.ts"]) {
        hash.update(`${own}\0${fs.readFileSync(path.join(packRoot, "scripts", own), "utf8").replace(/\r\n/g, "\n")}\0`);
    }
    for (const file of sdkInputFiles(tokens)) {
        hash.update(`${path.relative(sdkRoot, file).split(path.sep).join("/")}\0`);
        hash.update(fs.readFileSync(file));
        hash.update("\0");
    }
    return `sha256:${hash.digest("hex")}`;
}

/** The shapes of every catalog type's `*Args`, from the installed SDK's declarations. */
export function deriveArgShapes(): { shapes: ArgShapes; unhandled: string[] } {
    const tokens = catalogTokens();
    const files = tokens.map((t) => sdkClassFile(t, ".d.ts"));
    const program = ts.createProgram(files, {
        noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10,
    });
    const checker = program.getTypeChecker();
    const walker = new Walker(checker);
    const types: Record<string, Shape> = {};
    tokens.forEach((token, i) => {
        const source = program.getSourceFile(files[i]);
        const argsName = `${token.split(":")[2]}Args`;
        const symbol = source && checker.getSymbolAtLocation(source)?.exports?.get(ts.escapeLeadingUnderscores(argsName));
        if (!symbol) {
            throw new Error(`${files[i]} declares no ${argsName}`);
        }
        types[token] = walker.objectOf(symbol);
    });
    walker.drain();
    const hashed = new Set(sdkInputFiles(tokens).map((f) => path.resolve(f)));
    const unhashed = program.getSourceFiles().map((f) => path.resolve(f.fileName))
        .filter((f) => f.startsWith(sdkRoot + path.sep) && !hashed.has(f));
    if (unhashed.length > 0) {
        throw new Error(`the derivation read SDK files its fingerprint does not cover: ${unhashed.join(", ")}`);
    }

    // Keep the definitions within maxDepth objects of some root (the shallowest occurrence counts).
    const depthOf = new Map<string, number>();
    const queue: [string, number][] = [];
    Object.values(types).forEach((s) => references(s, 0, queue));
    while (queue.length > 0) {
        const [name, depth] = queue.shift()!;
        if (depth > maxDepth || (depthOf.get(name) ?? Infinity) <= depth) {
            continue;
        }
        depthOf.set(name, depth);
        references(walker.definitions.get(name)!, depth, queue);
    }
    const kept = new Set(depthOf.keys());
    const definitions = Object.fromEntries([...kept].sort().map((name) => [name, cut(walker.definitions.get(name)!, kept)]));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version = (require("@pulumi/azure-native/package.json") as { version: string }).version;
    return {
        shapes: {
            sdk: `@pulumi/azure-native ${version}`,
            fingerprint: inputsFingerprint(tokens),
            maxDepth,
            types: Object.fromEntries(Object.entries(types).map(([t, s]) => [t, cut(s, kept)])),
            definitions,
        },
        unhandled: [...walker.unhandled].sort(),
    };
}

/** The file's text: one line per type and per definition, so that an SDK upgrade reads as a short diff. */
export function argShapesSource(shapes: ArgShapes = deriveArgShapes().shapes): string {
    const block = (o: Record<string, Shape>) => Object.entries(o)
        .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n");
    return `{
  "sdk": ${JSON.stringify(shapes.sdk)},
  "fingerprint": ${JSON.stringify(shapes.fingerprint)},
  "maxDepth": ${shapes.maxDepth},
  "types": {
${block(shapes.types)}
  },
  "definitions": {
${block(shapes.definitions)}
  }
}
`;
}

if (require.main === module) {
    const { shapes, unhandled } = deriveArgShapes();
    if (process.argv.includes("--check")) {
        const current = fs.existsSync(shapesFile) ? fs.readFileSync(shapesFile, "utf8") : "";
        const fresh = argShapesSource(shapes);
        process.stdout.write(current === fresh ? "arg-shapes.json is up to date\n" : "arg-shapes.json is stale: run without --check\n");
        process.exit(current === fresh && unhandled.length === 0 ? 0 : 1);
    }
    fs.mkdirSync(path.dirname(shapesFile), { recursive: true });
    fs.writeFileSync(shapesFile, argShapesSource(shapes));
    process.stdout.write(`wrote ${path.relative(process.cwd(), shapesFile)}: ${Object.keys(shapes.types).length} types, ` +
        `${Object.keys(shapes.definitions).length} definitions\n`);
    for (const u of unhandled) {
        process.stderr.write(`not understood, described as any value: ${u}\n`);
    }
}
