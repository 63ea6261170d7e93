import { WebApp, WebAppApplicationSettings, WebAppConnectionStrings, WebAppSlot } from "@pulumi/azure-native/web";
import type * as types from "@pulumi/azure-native/types";
import policy from "../../../policies/identity-and-access/app-service-no-literal-secrets";
import { resource, secret, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const slot = { ...base, name: "orders-web", slot: "staging" };
const kvRef = "@Microsoft.KeyVault(SecretUri=https://contoso-kv.vault.azure.net/secrets/db-password/)";
const sqlWithPassword = "Server=tcp:orders.database.windows.net;Database=orders;User ID=app;Password=Hunter2-literal;";
const sqlWithIdentity = "Server=tcp:orders.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity;";
const storageWithKey = "DefaultEndpointsProtocol=https;AccountName=ordersst;AccountKey=bGl0ZXJhbC1rZXk=;EndpointSuffix=core.windows.net";

const app = (appSettings: types.input.web.NameValuePairArgs[], connectionStrings: types.input.web.ConnStringInfoArgs[] = []) =>
    resource(WebApp, { ...base, siteConfig: { appSettings, connectionStrings } });

testResourcePolicy(policy, {
    valid: [
        { name: "no site config", resource: resource(WebApp, base) },
        {
            name: "secret-named settings from Key Vault references and Pulumi secrets; other names hold plain values",
            resource: app([
                { name: "DB_PASSWORD", value: kvRef },
                { name: "ApiKey", value: secret("a-literal-api-key") },
                { name: "WEBSITE_RUN_FROM_PACKAGE", value: "1" },
                { name: "KEYVAULT_SECRET_NAME", value: "db-password" },
                { name: "TOKEN_ENDPOINT", value: "https://login.example.com/oauth2/token" },
                { name: "PWD", value: "/home/site/wwwroot" },
                { name: "SASL_MECHANISM", value: "PLAIN" },
                { name: "DB_PASSWORD_OLD", value: "" },
                { name: "FEATURE_SECRET_SCAN", value: "true" },
            ], [
                { name: "Orders", connectionString: sqlWithIdentity, type: "SQLAzure" },
                { name: "Storage", connectionString: secret(storageWithKey), type: "Custom" },
            ]),
        },
        {
            name: "a connection string without a credential, under a secret's name",
            resource: app([{ name: "ConnectionStrings__Orders", value: sqlWithIdentity }]),
        },
        {
            name: "the whole list sent as a Pulumi secret",
            resource: resource(WebApp, { ...base, siteConfig: { appSettings: secret([{ name: "DB_PASSWORD", value: "Hunter2-literal" }]) } }),
        },
        {
            name: "slot with a Key Vault reference",
            resource: resource(WebAppSlot, { ...slot, siteConfig: { appSettings: [{ name: "ClientSecret", value: kvRef }] } }),
        },
        {
            name: "settings resource: Key Vault reference, Pulumi secret, plain values",
            resource: resource(WebAppApplicationSettings, { ...base, name: "orders-web", properties: {
                DB_PASSWORD: kvRef, STRIPE_API_KEY: secret("sk-literal-value"), WEBSITE_TIME_ZONE: "UTC" } }),
        },
        {
            name: "connection strings resource: managed identity, and a Pulumi secret",
            resource: resource(WebAppConnectionStrings, { ...base, name: "orders-web", properties: {
                Orders: { value: sqlWithIdentity, type: "SQLAzure" }, Storage: secret({ value: storageWithKey, type: "Custom" }) } }),
        },
        {
            name: "another resource's output under a name that is no secret's (checked again, known, at pulumi up)",
            resource: app([{ name: "ORDERS_API_URL", value: unknown() }, { name: "ORDERS_DB", value: unknown() }]),
        },
        {
            name: "a secret-named value whose value is unknown but a Pulumi secret (a secret output)",
            resource: app([{ name: "STORAGE_KEY_SECRET", value: secret(unknown()) }]),
        },
    ],
    invalid: [
        {
            name: "literal password and API key in app settings",
            resource: app([
                { name: "WEBSITE_TIME_ZONE", value: "UTC" },
                { name: "DB_PASSWORD", value: "Hunter2-literal" },
                { name: "stripeApiKey", value: "sk-literal-value" },
            ]),
            messages: [{ id: "literalSetting", data: { path: "siteConfig.appSettings[1]" } },
                { id: "literalSetting", data: { path: "siteConfig.appSettings[2]" } }],
        },
        {
            name: "a credential in a setting whatever its name, and a connection string with a password",
            resource: app([{ name: "STORAGE", value: storageWithKey }],
                [{ name: "Orders", connectionString: sqlWithPassword, type: "SQLAzure" }]),
            messages: [{ id: "literalSetting", data: { path: "siteConfig.appSettings[0]" } },
                { id: "literalConnectionString", data: { path: "siteConfig.connectionStrings[0]" } }],
        },
        {
            name: "slot: literal client secret, Redis password, SAS URL",
            resource: resource(WebAppSlot, { ...slot, siteConfig: {
                appSettings: [{ name: "AzureAd__ClientSecret", value: "literal-client-secret" },
                    { name: "EXPORT_URL", value: "https://ordersst.blob.core.windows.net/exports?sv=2022-11-02&sp=r&sig=bGl0ZXJhbA%3D" }],
                connectionStrings: [{ name: "Cache", connectionString: "orders.redis.cache.windows.net:6380,password=literal-redis-key,ssl=True", type: "Custom" }],
            } }),
            messages: ["literalSetting", "literalSetting", "literalConnectionString"],
        },
        {
            name: "settings resource with a literal token",
            resource: resource(WebAppApplicationSettings, { ...base, name: "orders-web", properties: {
                WEBSITE_TIME_ZONE: "UTC", GITHUB_TOKEN: "ghp-literal-token" } }),
            messages: [{ id: "literalSetting", data: { path: "properties.GITHUB_TOKEN" } }],
        },
        {
            name: "a name added by the admin",
            resource: app([{ name: "DB_PIN", value: "493817" }]),
            config: { extraSecretNames: ["pin"] },
            messages: ["literalSetting"],
        },
        {
            name: "connection strings resource with a literal account key",
            resource: resource(WebAppConnectionStrings, { ...base, name: "orders-web", properties: {
                Storage: { value: storageWithKey, type: "Custom" } } }),
            messages: [{ id: "literalConnectionString", data: { path: "properties.Storage" } }],
        },
    ],
    undecided: [
        {
            name: "a secret-named setting from another resource's output",
            resource: app([{ name: "WEBSITE_TIME_ZONE", value: "UTC" }, { name: "STORAGE_ACCESS_KEY", value: unknown() }]),
        },
        {
            name: "settings resource: a value from another resource's output",
            resource: resource(WebAppApplicationSettings, { ...base, name: "orders-web", properties: { StorageAccountKey: unknown() } }),
        },
        {
            name: "connection string built from another resource's key",
            resource: app([], [{ name: "Storage", connectionString: unknown(), type: "Custom" }]),
        },
    ],
});
