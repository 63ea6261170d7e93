/**
 * `npm run bench -- --json` prints one JSON object with every figure the README quotes, each beside its floor (the
 * empty pack in the same run). Run here on tiny inputs, for its shape only: the figures themselves are the
 * benchmark's to print, not a test's to time. Install and preview are left out (npm pack and the Pulumi CLI).
 */
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { packRoot } from "../../lib/core/paths";

function bench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        execFile(process.execPath, [path.join(packRoot, "dist", "scripts", "bench.js"), ...args],
            { cwd: packRoot, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
                resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }));
    });
}

const isFigure = (x: unknown) => typeof x === "number" && Number.isFinite(x) && x >= 0;

describe("npm run bench -- --json", function () {
    this.timeout(240_000);

    it("prints one JSON object on stdout, the text on stderr, with each figure of this pack beside the floor's", async () => {
        assert.ok(fs.existsSync(path.join(packRoot, "dist", "scripts", "bench.js")), "dist/ is not built: run npm run build");
        const r = await bench(["--json", "--only", "startup,analyze,stack,scan", "--runs", "1", "--calls", "30",
            "--sizes", "40,80", "--scan-sizes", "40"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const figures = JSON.parse(r.stdout);
        assert.match(r.stderr, /## Start-up/);
        for (const key of ["floorReadyMs", "packReadyMs"]) {
            assert.ok(isFigure(figures.startup[key]), `startup.${key}`);
        }
        for (const key of ["floorCpuMsPerCall", "packCpuMsPerCall", "floorP99Ms", "packP99Ms"]) {
            assert.ok(isFigure(figures.analyze[key]), `analyze.${key}`);
        }
        assert.ok(figures.analyze.policies > 200, `analyze.policies ${figures.analyze.policies}`);
        assert.deepStrictEqual(Object.keys(figures.analyzeStack), ["40", "80"]);
        for (const size of ["40", "80"]) {
            for (const key of ["floorCpuMs", "packCpuMs", "peakRssMb", "floorPeakRssMb"]) {
                assert.ok(isFigure(figures.analyzeStack[size][key]), `analyzeStack.${size}.${key}`);
            }
            assert.ok(figures.analyzeStack[size].findings > 0, "the synthetic stack has findings");
        }
        assert.ok(isFigure(figures.scan["40"].floorMs) && isFigure(figures.scan["40"].packMs));
        assert.ok(figures.scan["40"].findings > 0, "the scan of the synthetic export has findings");
    });

    it("refuses a part it does not know, naming it", async () => {
        const r = await bench(["--json", "--only", "startup,warp"]);
        assert.notStrictEqual(r.code, 0);
        assert.match(r.stderr, /--only takes some of .*; got "warp"/);
        assert.strictEqual(r.stdout, "");
    });
});
