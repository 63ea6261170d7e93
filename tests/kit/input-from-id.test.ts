import * as assert from "assert";
import type { PolicyResource } from "@pulumi/policy";
import { catalog } from "../../lib/kit/model";
import { inputFromId } from "../../lib/kit/stack";
import { engineProps, unknown } from "../tester";

const res = (type: string, props: Record<string, unknown>) => ({ type, props: engineProps(props) }) as unknown as PolicyResource;
const sub = "/subscriptions/0/resourceGroups/rg/providers";

describe("kit: inputs Azure does not return, read back from the id", () => {
    it("a child resource's parent names, at every level", () => {
        const audit = res(catalog.sqlServerBlobAuditingPolicy.token, { id: `${sub}/Microsoft.Sql/servers/SQL-Main/auditingSettings/default` });
        assert.strictEqual(inputFromId(audit, "serverName"), "SQL-Main");
        const tde = res("azure-native:sql/v20230801:TransparentDataEncryption",
            { id: `${sub}/Microsoft.Sql/servers/s1/databases/db1/transparentDataEncryption/current` });
        assert.strictEqual(inputFromId(tde, "serverName"), "s1");
        assert.strictEqual(inputFromId(tde, "databaseName"), "db1");
        const item = res(catalog.protectedItem.token, { id: `${sub}/Microsoft.RecoveryServices/vaults/v/backupFabrics/Azure/` +
            "protectionContainers/iaasvmcontainer;x/protectedItems/vm;x" });
        assert.strictEqual(inputFromId(item, "containerName"), "iaasvmcontainer;x");
    });

    it("an extension resource's scope", () => {
        const vault = `${sub}/Microsoft.KeyVault/vaults/kv`;
        const setting = res("azure-native:insights:DiagnosticSetting", { id: `${vault}/providers/microsoft.insights/diagnosticSettings/to-logs` });
        assert.strictEqual(inputFromId(setting, "resourceUri"), vault);
    });

    it("nothing when the id is absent, unknown or of another shape, or the input is not a parent's", () => {
        const t = catalog.sqlServerBlobAuditingPolicy.token;
        assert.strictEqual(inputFromId(res(t, {}), "serverName"), undefined);
        assert.strictEqual(inputFromId(res(t, { id: unknown() }), "serverName"), undefined);
        assert.strictEqual(inputFromId(res(t, { id: `${sub}/Microsoft.Web/sites/app` }), "serverName"), undefined);
        assert.strictEqual(inputFromId(res(t, { id: `${sub}/Microsoft.Sql/servers/s1/auditingSettings/default` }), "state"), undefined);
        assert.strictEqual(inputFromId(res(catalog.storageAccount.token, { id: `${sub}/Microsoft.Storage/storageAccounts/a` }), "accountName"), undefined);
    });
});
