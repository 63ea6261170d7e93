/**
 * A program's TypeScript is type-checked as the Node.js language host checks it (@pulumi/pulumi's cmd/run through
 * ts-node): a type error fails the run with its file and line, unless one of the host's switches says not to check,
 * or scan's --transpile-only. A check that still holds is not repeated; anything it depended on changing, it is.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../lib/cli/cli";
import { InputError } from "../../lib/core/errors";
import { runProgram, RunProgramOptions } from "../../lib/inputs/program";
import type { TypeCheckRecord } from "../../lib/inputs/program-runner";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "type-check-"));

/** A program directory in the temp root: Pulumi.yaml (project `t`) and the files given, in subdirectories too. */
function program(name: string, files: Record<string, string>): string {
    const dir = path.join(tmpRoot, name);
    for (const [file, text] of Object.entries({ "Pulumi.yaml": "name: t\nruntime: nodejs\n", ...files })) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
}

/** Runs the program with its own record cache (none shared with other tests or the user's). */
function run(dir: string, options: RunProgramOptions = {}) {
    return runProgram(dir, { typeCheckCache: path.join(tmpRoot, "cache", path.basename(dir)), ...options });
}

async function inputError(promise: Promise<unknown>): Promise<string> {
    try {
        await promise;
    } catch (e) {
        assert.ok(e instanceof InputError, `expected an InputError, got ${(e as Error).stack}`);
        assert.strictEqual(e.message.split("\n").length, 1, e.message);
        return e.message;
    }
    assert.fail("expected an InputError");
}

/** Runs `fn` with these variables set in this process's environment, which runProgram reads. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    try {
        return await fn();
    } finally {
        for (const [k, v] of Object.entries(saved)) {
            if (v === undefined) {
                delete process.env[k];
            } else {
                process.env[k] = v;
            }
        }
    }
}

const thing = [
    "import * as pulumi from \"@pulumi/pulumi\";",
    "export class Thing extends pulumi.CustomResource {",
    "    constructor(name: string, props: pulumi.Inputs) { super(\"test:index:Thing\", name, props); }",
    "}",
].join("\n") + "\n";

/** Registers a Thing whose `replicas` is a string where the program declares a number: line 3, column 7. */
const illTyped = {
    "thing.ts": thing,
    "index.ts": "import { Thing } from \"./thing\";\n\nconst replicas: number = \"three\";\nnew Thing(\"web\", { replicas });\n",
};

const hint = "(type errors fail pulumi preview too; --transpile-only or PULUMI_NODEJS_TRANSPILE_ONLY=true skips the check)";

describe("a program's TypeScript is type-checked as the Node.js language host checks it", function () {
    this.timeout(120000);

    it("a type error fails the run with its file, line, column and message", async () => {
        const dir = program("ill-typed", illTyped);
        assert.strictEqual(await inputError(run(dir)), `${dir}: the program does not type-check: index.ts:3:7 - error ` +
            `TS2322: Type 'string' is not assignable to type 'number'. ${hint}`);
    });

    it("an error in an imported file names that file, and counts the others", async () => {
        const dir = program("ill-typed-import", {
            "index.ts": "import { size } from \"./lib/size\";\nexport const doubled = size * 2;\n",
            "lib/size.ts": "export const size: number = \"large\";\nexport const count: number = \"many\";\n",
        });
        assert.strictEqual(await inputError(run(dir)), `${dir}: the program does not type-check: lib/size.ts:1:14 - error ` +
            `TS2322: Type 'string' is not assignable to type 'number'. (1 more error; ${hint.slice(1)}`);
    });

    it("the same program runs with each switch that skips the check: --transpile-only, the host's variable, tsconfig", async () => {
        const dir = program("switches", illTyped);
        const replicas = async (options: RunProgramOptions = {}) => (await run(dir, options))[0].props.replicas;
        assert.strictEqual(await replicas({ transpileOnly: true }), "three");
        assert.strictEqual(await withEnv({ PULUMI_NODEJS_TRANSPILE_ONLY: "true" }, () => replicas()), "three");
        // cmd/run reads compilerOptions.noCheck when the variable is unset.
        fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noCheck: true } }));
        assert.strictEqual(await replicas(), "three");
        // ts-node 10 (the one a program that has it runs with) reads its own section of tsconfig.json.
        fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true }, "ts-node": { transpileOnly: true } }));
        assert.strictEqual(await replicas(), "three");
        fs.rmSync(path.join(dir, "tsconfig.json"));
        assert.match(await inputError(run(dir)), /index\.ts:3:7 - error TS2322/);
    });

    it("scan: a type error is bad input (exit 2) naming file and line; --transpile-only scans the program", async () => {
        const dir = program("scan", illTyped);
        let err = "";
        const io = { out: () => undefined, err: (s: string) => { err += s; } };
        assert.strictEqual(await runCli(["scan", dir, "--format", "json"], io), 2);
        assert.match(err, /the program does not type-check: index\.ts:3:7 - error TS2322: Type 'string' is not assignable to type 'number'\./);
        err = "";
        assert.strictEqual(await runCli(["scan", dir, "--format", "json", "--transpile-only"], io), 0, err);
    });
});

describe("a type check that still holds is not repeated", function () {
    this.timeout(120000);

    it("reuses what the check produced until a file it read changes, even one ts-node never compiled", async () => {
        const dir = program("reused", {
            "size.d.ts": "export type Size = number;\n",
            "index.ts": `${thing}import type { Size } from "./size";\nconst size: Size = 3;\nnew Thing("checked", { size });\n`,
        });
        const names = async () => (await run(dir)).map((r) => r.name);
        assert.deepStrictEqual(await names(), ["checked"]);
        // The record holds ts-node's output for index.ts: a run that reuses it runs that output, as this one shows.
        const records = path.join(tmpRoot, "cache", "reused");
        const [file] = fs.readdirSync(records).map((f) => path.join(records, f));
        const record = JSON.parse(fs.readFileSync(file, "utf8")) as TypeCheckRecord;
        const index = path.join(dir, "index.ts");
        assert.ok(Object.keys(record.files).some((f) => f.endsWith(path.join("@pulumi", "pulumi", "index.d.ts"))));
        record.outputs[index].js = record.outputs[index].js.replace("\"checked\"", "\"reused\"");
        fs.writeFileSync(file, JSON.stringify(record));
        assert.deepStrictEqual(await names(), ["reused"]);
        // A declaration file the program only reads types from: changed, the program is checked again.
        fs.writeFileSync(path.join(dir, "size.d.ts"), "export type Size = string;\n");
        assert.match(await inputError(run(dir)), /index\.ts:6:7 - error TS2322: Type 'number' is not assignable to type 'string'/);
    });

    it("checks a file the recorded run did not load, when this run loads it", async () => {
        const dir = program("dynamic", {
            // LC_* variables reach a contained program: the runs differ in what they require.
            "index.ts": `${thing}new Thing("base", {});\nif (process.env.LC_EXTRA) { require("./extra"); }\n`,
            "extra.ts": "const extra: number = \"one\";\nexport { extra };\n",
        });
        assert.strictEqual((await run(dir)).length, 1);
        assert.match(await inputError(withEnv({ LC_EXTRA: "1" }, () => run(dir))), /extra\.ts:1:7 - error TS2322/);
    });
});
