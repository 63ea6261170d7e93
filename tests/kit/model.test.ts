import * as assert from "assert";
import { areas, catalog, lookupType, ownerOf, responsibilities, serviceModels, unversioned } from "../../lib/kit/model";

describe("the responsibility model", () => {
    it("keeps Microsoft's matrix: data and identities always the customer's, physical always Microsoft's", () => {
        for (const m of serviceModels) {
            assert.strictEqual(responsibilities["information-and-data"][m], "customer");
            assert.strictEqual(responsibilities["accounts-and-identities"][m], "customer");
            assert.strictEqual(responsibilities["physical-infrastructure"][m], "microsoft");
        }
        assert.deepStrictEqual(
            serviceModels.map((m) => responsibilities["operating-system"][m]), ["customer", "microsoft", "microsoft"]);
        assert.deepStrictEqual(
            serviceModels.map((m) => responsibilities["network-controls"][m]), ["customer", "shared", "microsoft"]);
        assert.deepStrictEqual(
            serviceModels.map((m) => responsibilities["identity-and-directory-infrastructure"][m]),
            ["customer", "shared", "shared"]);
    });

    it("maps each of the seven areas onto a row of the matrix", () => {
        assert.deepStrictEqual(Object.keys(areas), ["identity-and-access", "data-protection", "operating-system",
            "applications", "networking", "monitoring-and-logging", "compliance"]);
        for (const a of Object.values(areas)) {
            assert.ok(a.responsibility in responsibilities);
        }
    });

    it("lets the catalog override a cell, with a reason (AKS nodes)", () => {
        assert.strictEqual(ownerOf(catalog.webApp, "operating-system"), "microsoft");
        assert.strictEqual(ownerOf(catalog.managedCluster, "operating-system"), "shared");
        assert.ok(catalog.managedCluster.overrides?.["operating-system"]?.why);
    });
});

describe("the resource catalog", () => {
    for (const [key, type] of Object.entries(catalog)) {
        it(`${key}: its token is the azure-native class's own`, () => {
            const [, mod, name] = type.token.split(":");
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const cls = require(`@pulumi/azure-native/${mod}`)[name];
            assert.ok(cls, `@pulumi/azure-native/${mod} has no class ${name}`);
            assert.strictEqual(cls.__pulumiType, type.token);
        });
    }

    it("classifies the seed's IaaS and PaaS services as the issue's model says", () => {
        for (const t of [catalog.virtualMachine, catalog.virtualMachineScaleSet, catalog.disk, catalog.virtualNetwork,
            catalog.subnet, catalog.networkSecurityGroup, catalog.publicIPAddress, catalog.networkInterface,
            catalog.loadBalancer, catalog.azureFirewall]) {
            assert.strictEqual(t.serviceModel, "IaaS", t.token);
        }
        for (const t of [catalog.storageAccount, catalog.sqlServer, catalog.webApp, catalog.keyVault,
            catalog.cosmosDbAccount, catalog.managedCluster, catalog.containerRegistry, catalog.redis,
            catalog.postgresqlFlexibleServer, catalog.mysqlFlexibleServer, catalog.apiManagementService,
            catalog.eventHubNamespace, catalog.serviceBusNamespace, catalog.cognitiveServicesAccount]) {
            assert.strictEqual(t.serviceModel, "PaaS", t.token);
        }
        assert.strictEqual(catalog.saasSubscription.serviceModel, "SaaS");
    });

    it("recognises versioned tokens as their default type", () => {
        assert.strictEqual(unversioned("azure-native:storage/v20230101:StorageAccount"), "azure-native:storage:StorageAccount");
        assert.strictEqual(unversioned("azure-native:storage/v20230101preview:StorageAccount"), "azure-native:storage:StorageAccount");
        assert.strictEqual(unversioned("azure-native:storage:StorageAccount"), "azure-native:storage:StorageAccount");
        assert.strictEqual(lookupType("azure-native:keyvault/v20230701:Vault"), catalog.keyVault);
        assert.strictEqual(lookupType("azure-native:keyvault:Unknown"), undefined);
        assert.strictEqual(lookupType("aws:s3/bucket:Bucket"), undefined);
    });
});

describe("token aliases", () => {
    it("lib/kit/token-aliases.ts is what the installed SDK declares (node dist/scripts/token-aliases.js rewrites it)", () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { aliasesFile, aliasesSource } = require("../../scripts/token-aliases");
        assert.strictEqual(require("fs").readFileSync(aliasesFile, "utf8"), aliasesSource());
    });

    it("matches azure-native 2.x module names, with or without an API version", () => {
        assert.strictEqual(lookupType("azure-native:documentdb:DatabaseAccount"), catalog.cosmosDbAccount);
        assert.strictEqual(lookupType("azure-native:documentdb/v20210415:DatabaseAccount"), catalog.cosmosDbAccount);
        assert.strictEqual(lookupType("azure-native:cache:Redis"), catalog.redis);
        assert.strictEqual(lookupType("azure-native:insights/v20210501preview:DiagnosticSetting"), catalog.diagnosticSetting);
        assert.strictEqual(lookupType("azure-native:cache:RedisEnterprise"), undefined);
    });

    it("every declared alias, versioned or not, names its own catalog type", () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { declaredAliases } = require("../../scripts/token-aliases");
        let count = 0;
        for (const type of Object.values(catalog)) {
            for (const alias of declaredAliases(type.token) as string[]) {
                assert.strictEqual(lookupType(alias), type, alias);
                count++;
            }
        }
        assert.ok(count > 1000, `only ${count} aliases`);
    });
});
