import * as assert from "assert";
import { secret, unknownValue } from "../../lib/core/wire";
import { catalogEntries, reportEntries } from "../../lib/reports/catalog";
import { generatedFiles } from "../../lib/reports/docs";
import { buildReport } from "../../lib/reports/report";

const storage = "urn:pulumi:dev::p::azure-native:storage:StorageAccount::st";
const blobs = "urn:pulumi:dev::p::azure-native:storage:BlobServiceProperties::blobs";
const finding = (policy: string, urn: string) => ({ policy, urn, enforcementLevel: "advisory", severity: "medium", message: "m" });

describe("reports: fixes", () => {
    it("list --json marks remediable policies, with their changes, and says why others do not remediate", () => {
        const entries = new Map(catalogEntries().map((e) => [e.name, e]));
        assert.deepStrictEqual(entries.get("storage-min-tls-1-2")?.fix,
            { "azure-native:storage:StorageAccount": [{ path: "minimumTlsVersion", value: "TLS1_2" }] });
        assert.strictEqual(entries.get("storage-min-tls-1-2")?.remediable, true);
        assert.strictEqual(entries.get("storage-blob-soft-delete")?.fix?.["azure-native:storage:BlobServiceProperties"],
            "depends on the resource");
        const denied = entries.get("storage-network-default-deny");
        assert.strictEqual(denied?.remediable, false);
        assert.strictEqual(denied?.fix, undefined);
        assert.match(denied?.noFix ?? "", /default deny blocks/);
        assert.ok([...entries.values()].filter((e) => e.remediable).length >= 25);
    });

    it("docs say what the fix sets, or why there is none, and the README table marks remediable policies", () => {
        const files = generatedFiles();
        assert.match(files.get("docs/policies/storage-https-only.md")!, /## Automatic fix[\s\S]*`enableHttpsTrafficOnly` to `true`/);
        assert.match(files.get("docs/policies/storage-shared-key-access-disabled.md")!, /## Automatic fix\n\nNone: turning off keys/);
        assert.match(files.get("README.md")!, /\| \[storage-https-only\]\([^)]*\) \| data-protection \| PaaS \| [^|]+ \| [^|]+ \| yes \|/);
    });

    it("scan json: a remediable finding carries its fix, worked out from the inputs, never from a secret or an unknown", () => {
        const report = buildReport({
            findings: [finding("storage-min-tls-1-2", storage), finding("storage-blob-soft-delete", blobs),
                finding("storage-network-default-deny", storage)],
            notApplicable: new Map(),
        }, {
            resources: [
                { urn: storage, type: "azure-native:storage:StorageAccount", props: { minimumTlsVersion: "TLS1_0" } },
                { urn: blobs, type: "azure-native:storage:BlobServiceProperties",
                    props: { deleteRetentionPolicy: { enabled: true, days: 2 }, containerDeleteRetentionPolicy: secret({ enabled: false }) } },
            ],
            policies: reportEntries(), artifact: "x", version: "0",
            policyConfig: new Map([["storage-blob-soft-delete", { minimumDays: 14 }]]),
        });
        const fixes = Object.fromEntries(report.findings.map((f) => [f.policy, f.fix]));
        assert.deepStrictEqual(fixes["storage-min-tls-1-2"], [{ path: "minimumTlsVersion", value: "TLS1_2" }]);
        // The blob retention is raised to the configured minimum; the container retention, a secret, is not read.
        assert.deepStrictEqual(fixes["storage-blob-soft-delete"], [{ path: "deleteRetentionPolicy.days", value: 14 }]);
        assert.strictEqual(fixes["storage-network-default-deny"], undefined);
        const unknownDays = buildReport({ findings: [finding("storage-blob-soft-delete", blobs)], notApplicable: new Map() }, {
            resources: [{ urn: blobs, type: "azure-native:storage:BlobServiceProperties",
                props: { deleteRetentionPolicy: unknownValue, containerDeleteRetentionPolicy: { enabled: false } } }],
            policies: reportEntries(), artifact: "x", version: "0",
        });
        assert.deepStrictEqual(unknownDays.findings[0].fix,
            [{ path: "containerDeleteRetentionPolicy.enabled", value: true }, { path: "containerDeleteRetentionPolicy.days", value: 7 }]);
    });
});
