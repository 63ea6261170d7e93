/**
 * The CI examples' shape, without a YAML library (none is a dependency of the pack): the steps the README's CI section
 * walks through are the ones the files have, and the Azure Pipelines file has the structure of a pipeline. actionlint
 * checks the GitHub workflows fully, and that the pipeline parses as YAML, in e2e/ci-examples.test.ts.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { packRoot } from "../../lib/core/paths";

const read = (...p: string[]) => fs.readFileSync(path.join(packRoot, ...p), "utf8");
const pipeline = read("examples", "ci", "azure-devops", "azure-pipelines.yml");
const workflow = read("examples", "ci", "github", "policy-preview.yml");
const readme = read("README.md");
/** The README's CI section, up to the next section of its level. */
const ciSection = readme.slice(readme.indexOf("\n## CI\n"), readme.indexOf("\n## ", readme.indexOf("\n## CI\n") + 1))
    .replace(/\s+/g, " ");

/** Lines without comments and blank lines, with their indentation. */
function lines(text: string): { indent: number; text: string; line: number }[] {
    return text.split("\n").map((l, i) => ({ indent: l.length - l.trimStart().length, text: l.trim(), line: i + 1 }))
        .filter((l) => l.text !== "" && !l.text.startsWith("#"));
}

/** Each step: its first line (`- task: ...`, `- script: ...`, `- checkout: ...`, `- uses: ...`, `- name: ...`) and the lines under it. */
function steps(text: string, start: RegExp): { head: string; body: string[]; line: number }[] {
    const all = lines(text);
    const found: { head: string; body: string[]; line: number }[] = [];
    all.forEach((l, i) => {
        if (start.test(l.text)) {
            const body: string[] = [];
            for (const next of all.slice(i + 1)) {
                if (next.indent <= l.indent) {
                    break;
                }
                body.push(next.text);
            }
            found.push({ head: l.text, body, line: l.line });
        }
    });
    return found;
}

const valueOf = (key: string, text: string): string | undefined => new RegExp(`^(?:- )?${key}: (.*)$`).exec(text)?.[1];

describe("CI examples", () => {
    it("the Azure Pipelines file has a pipeline's structure: top-level keys, two jobs, every step named", () => {
        assert.doesNotMatch(pipeline, /\t/, "YAML forbids tabs in indentation");
        const all = lines(pipeline);
        assert.ok(all.every((l) => l.indent % 2 === 0), "indentation in steps of two");
        assert.deepStrictEqual(all.filter((l) => l.indent === 0).map((l) => l.text),
            ["trigger: none", "pr:", "resources:", "variables:", "pool:", "jobs:"]);
        assert.deepStrictEqual(all.filter((l) => /^- job: /.test(l.text)).map((l) => l.text), ["- job: preview", "- job: scan"]);
        const named = steps(pipeline, /^- (task|script): /);
        assert.ok(named.length >= 10);
        for (const step of named) {
            assert.ok(step.body.some((b) => valueOf("displayName", b)), `the step at line ${step.line} has no displayName`);
        }
        const checkouts = steps(pipeline, /^- checkout: /).map((s) => `${s.head} ${s.body.join(" ")}`);
        assert.deepStrictEqual(checkouts, ["- checkout: self path: app", "- checkout: pack path: policy-pack",
            "- checkout: self path: app", "- checkout: pack path: policy-pack"]);
        // Secrets reach a script only when mapped: the token is, and into the preview only.
        assert.strictEqual((pipeline.match(/PULUMI_ACCESS_TOKEN: \$\(PULUMI_ACCESS_TOKEN\)/g) ?? []).length, 1);
    });

    it("the README's CI section names every job and step of both files", () => {
        const pipelineNames = lines(pipeline).map((l) => valueOf("displayName", l.text)).filter((n): n is string => !!n);
        const workflowNames = lines(workflow).map((l) => valueOf("name", l.text)).filter((n): n is string => !!n)
            .filter((n) => n !== "Azure policy preview");
        assert.ok(pipelineNames.length >= 12 && workflowNames.length >= 8);
        for (const name of [...new Set([...pipelineNames, ...workflowNames])]) {
            assert.ok(ciSection.includes(`"${name}"`),
                `the README's CI section does not name "${name}"`);
        }
        // And the steps it names exist.
        for (const [, quoted] of ciSection.matchAll(/"([A-Z][^"]+)"/g)) {
            assert.ok(pipelineNames.includes(quoted) || workflowNames.includes(quoted), `the README names a step "${quoted}" that no file has`);
        }
        assert.ok(ciSection.includes("examples/ci/github/policy-preview.yml") && ciSection.includes("examples/ci/azure-devops/azure-pipelines.yml"));
    });

    it("the workflow's secrets and permissions are the ones the README explains", () => {
        assert.deepStrictEqual([...new Set([...workflow.matchAll(/\$\{\{ secrets\.([A-Z_]+) \}\}/g)].map((m) => m[1]))], ["PULUMI_ACCESS_TOKEN"]);
        for (const variable of ["AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID"]) {
            assert.ok(workflow.includes(`\${{ vars.${variable} }}`) && ciSection.includes(variable), variable);
        }
        for (const permission of ["id-token: write", "pull-requests: write", "security-events: write"]) {
            assert.ok(workflow.includes(permission) && ciSection.includes(permission), permission);
        }
        // The scan job, which runs for forks, holds no secret.
        const scanJob = workflow.slice(workflow.indexOf("\n  scan:\n"));
        assert.doesNotMatch(scanJob, /secrets\./);
    });
});
