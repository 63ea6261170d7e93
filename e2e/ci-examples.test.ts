/**
 * The CI examples under examples/ci/ through actionlint, built from Go sources by scripts/actionlint.sh into a cache
 * outside the repository (as the Pulumi CLI is): the GitHub workflows must have no finding at all (syntax, expressions
 * and contexts, permissions, and the inputs of the actions actionlint knows, pulumi/actions among them); the Azure
 * DevOps pipeline, which actionlint cannot check as a pipeline, must at least parse as YAML with its top-level keys.
 */
import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { repo } from "./cli";

interface Finding { message: string; filepath: string; line: number; column: number; kind: string }

let binary: string | undefined;

function actionlintBinary(): string {
    if (!binary) {
        const out = execFileSync("bash", [path.join(repo, "scripts", "actionlint.sh")], {
            encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
        });
        binary = out.trim().split("\n").pop()!;
        assert.ok(fs.existsSync(binary), `scripts/actionlint.sh printed ${binary}, which does not exist`);
    }
    return binary;
}

/** actionlint's findings on the files, as data; the shellcheck and pyflakes passes off, as the script runs it. */
function actionlint(...files: string[]): Finding[] {
    const run = spawnSync(actionlintBinary(), ["-no-color", "-shellcheck=", "-pyflakes=", "-format", "{{json .}}", ...files],
        { cwd: repo, encoding: "utf8" });
    // 0: no finding; 1: findings; anything else is actionlint failing to run.
    assert.ok(run.status === 0 || run.status === 1, `actionlint exited ${run.status}: ${run.stderr}`);
    return run.stdout.trim() ? JSON.parse(run.stdout) as Finding[] : [];
}

const show = (findings: Finding[]) => findings.map((f) => `${f.filepath}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join("\n");

describe("CI examples (actionlint)", function () {
    this.timeout(900000); // the first build of actionlint takes a few minutes

    const workflows = fs.readdirSync(path.join(repo, "examples", "ci", "github"))
        .filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join("examples", "ci", "github", f));

    it("the GitHub workflows have no finding", () => {
        assert.ok(workflows.length > 0, "no workflow under examples/ci/github");
        const findings = actionlint(...workflows);
        assert.deepStrictEqual(findings, [], show(findings));
    });

    it("actionlint does check them: a misspelt action input or step id in a copy is found", () => {
        const source = fs.readFileSync(path.join(repo, workflows[0]), "utf8");
        const broken = source.replace("policyPacks:", "policyPack:").replace("steps.scan.outputs.status == '1'",
            "steps.scann.outputs.status == '1'");
        assert.notStrictEqual(broken, source);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-actionlint-"));
        try {
            const file = path.join(dir, "workflow.yml");
            fs.writeFileSync(file, broken);
            const messages = actionlint(file).map((f) => f.message);
            assert.ok(messages.some((m) => /input "policyPack" is not defined in action "pulumi\/actions@v6"/.test(m)), messages.join("\n"));
            assert.ok(messages.some((m) => /property "scann" is not defined/.test(m)), messages.join("\n"));
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("the Azure DevOps pipeline parses as YAML, with the top-level keys of a pipeline", () => {
        const findings = actionlint(path.join("examples", "ci", "azure-devops", "azure-pipelines.yml"));
        assert.deepStrictEqual(findings.filter((f) => /could not parse as YAML/.test(f.message)), [], show(findings));
        // Read as a GitHub workflow, every key of a pipeline is one actionlint does not expect: so it parsed them all.
        const keys = findings.map((f) => /^unexpected key "([^"]+)" for "workflow" section/.exec(f.message)?.[1])
            .filter((k): k is string => k !== undefined);
        assert.deepStrictEqual(keys, ["trigger", "pr", "resources", "variables", "pool"]);
    });
});
