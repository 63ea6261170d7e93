import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../lib/core/errors";
import { readJsonFile, writeFileAtomically, writeFilesAtomically } from "../../lib/core/files";

describe("core: files", () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-files-")); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("writes whole files and leaves no temporary file behind", () => {
        const a = path.join(dir, "a.txt");
        fs.writeFileSync(a, "old");
        writeFilesAtomically(new Map([[a, "new a"], [path.join(dir, "b.txt"), "new b"]]));
        assert.strictEqual(fs.readFileSync(a, "utf8"), "new a");
        assert.deepStrictEqual(fs.readdirSync(dir).sort(), ["a.txt", "b.txt"]);
    });

    it("does not follow a planted file at the old predictable temporary name", () => {
        const target = path.join(dir, "victim.txt");
        const out = path.join(dir, "report.txt");
        fs.writeFileSync(target, "keep");
        fs.symlinkSync(target, `${out}.${process.pid}.tmp`);
        writeFileAtomically(out, "report");
        assert.strictEqual(fs.readFileSync(target, "utf8"), "keep");
        assert.strictEqual(fs.readFileSync(out, "utf8"), "report");
    });

    it("a failed write is one InputError naming the file, and nothing is left behind", () => {
        const missing = path.join(dir, "no-such-dir", "out.txt");
        assert.throws(() => writeFilesAtomically(new Map([[path.join(dir, "ok.txt"), "x"], [missing, "y"]])),
            (e: unknown) => e instanceof InputError && e.message === `cannot write ${missing}: ENOENT`);
        assert.deepStrictEqual(fs.readdirSync(dir), []);
    });

    it("reads JSON, or says what is wrong with which file", () => {
        const f = path.join(dir, "c.json");
        fs.writeFileSync(f, "{\"a\": 1}");
        assert.deepStrictEqual(readJsonFile(f, "policy config "), { a: 1 });
        fs.writeFileSync(f, "{");
        assert.throws(() => readJsonFile(f, "policy config "), /^InputError: policy config .*c\.json is not JSON/);
        assert.throws(() => readJsonFile(path.join(dir, "none.json"), ""), /none\.json: no such file/);
    });
});

describe("core: files refuses targets it must not replace", () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-refuse-")); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const refused = (file: string, why: RegExp) => assert.throws(() => writeFileAtomically(file, "report"),
        (e: unknown) => e instanceof InputError && e.message.startsWith(`cannot write ${file}: `) && why.test(e.message));

    it("a symbolic link, whose target is left alone", () => {
        const target = path.join(dir, "target.txt");
        fs.writeFileSync(target, "keep");
        fs.symlinkSync(target, path.join(dir, "link.txt"));
        refused(path.join(dir, "link.txt"), /a symbolic link/);
        assert.strictEqual(fs.readFileSync(target, "utf8"), "keep");
    });

    it("a FIFO, a device node and a directory", () => {
        const fifo = path.join(dir, "fifo");
        require("child_process").execFileSync("mkfifo", [fifo]);
        refused(fifo, /a FIFO, not a regular file/);
        assert.ok(fs.lstatSync(fifo).isFIFO());
        refused("/dev/full", /a device, not a regular file/);
        assert.ok(fs.lstatSync("/dev/full").isCharacterDevice());
        refused(dir, /a directory/);
    });

    it("a read-only file, when the user cannot write it", function () {
        const file = path.join(dir, "ro.txt");
        fs.writeFileSync(file, "keep", { mode: 0o444 });
        if (process.getuid?.() !== 0) {
            refused(file, /read-only/);
            return;
        }
        // Root may write anything: the file is replaced, and keeps its mode.
        writeFileAtomically(file, "new");
        assert.strictEqual(fs.statSync(file).mode & 0o777, 0o444);
        // Without the capability that lets root write anything (CAP_DAC_OVERRIDE, dropped by setpriv), root is an
        // ordinary user here: the file is refused and kept.
        fs.writeFileSync(file, "keep");
        const { spawnSync } = require("child_process") as typeof import("child_process");
        const run = spawnSync("setpriv", ["--bounding-set=-dac_override,-dac_read_search", process.execPath,
            "-r", require.resolve("ts-node/register/transpile-only"), "-e",
            `try { require(${JSON.stringify(require.resolve("../../lib/core/files"))}).writeFileAtomically(${JSON.stringify(file)}, "new"); }
             catch (e) { process.stdout.write(e.message); process.exit(2); }`], { encoding: "utf8" });
        assert.strictEqual(run.status, 2, `${run.error ?? ""}${run.stderr}`);
        assert.match(run.stdout, /read-only/);
        assert.strictEqual(fs.readFileSync(file, "utf8"), "keep");
        assert.deepStrictEqual(fs.readdirSync(dir), ["ro.txt"], "no temporary file is left behind");
    });

    it("keeps an existing file's permissions", () => {
        const file = path.join(dir, "report.txt");
        fs.writeFileSync(file, "old");
        fs.chmodSync(file, 0o640);
        writeFileAtomically(file, "new");
        assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
        assert.strictEqual(fs.readFileSync(file, "utf8"), "new");
    });
});
