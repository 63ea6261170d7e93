import { ContainerApp, Job } from "@pulumi/azure-native/app";
import { ContainerGroup } from "@pulumi/azure-native/containerinstance";
import type * as types from "@pulumi/azure-native/types";
import policy from "../../../policies/identity-and-access/container-no-literal-secrets";
import { resource, secret, testResourcePolicy, unknown } from "../../tester";

type AciVariable = types.input.containerinstance.EnvironmentVariableArgs;
type AppVariable = types.input.app.EnvironmentVarArgs;

const image = "contoso.azurecr.io/orders:1.4";
const group = (environmentVariables: AciVariable[], extra: Partial<ConstructorParameters<typeof ContainerGroup>[1]> = {}) =>
    resource(ContainerGroup, {
        resourceGroupName: "rg", osType: "Linux",
        containers: [{ name: "web", image, resources: { requests: { cpu: 1, memoryInGB: 1.5 } }, environmentVariables }],
        ...extra,
    });
const app = (env: AppVariable[], configuration: types.input.app.ConfigurationArgs = {}) =>
    resource(ContainerApp, { resourceGroupName: "rg", managedEnvironmentId: unknown(), configuration,
        template: { containers: [{ name: "api", image, env }] } });
const job = (env: AppVariable[], secrets: types.input.app.SecretArgs[] = []) =>
    resource(Job, { resourceGroupName: "rg", environmentId: unknown(),
        configuration: { triggerType: "Manual", replicaTimeout: 1800, secrets },
        template: { initContainers: [{ name: "migrate", image, env }] } });
const strict = { requireSecretStoreValuesFromSecrets: true };

testResourcePolicy(policy, {
    valid: [
        {
            name: "group: secrets in secureValue, Pulumi secrets, plain settings",
            resource: group([
                { name: "DB_PASSWORD", secureValue: "literal-but-secure-value" },
                { name: "API_KEY", value: secret("a-literal-api-key") },
                { name: "ASPNETCORE_ENVIRONMENT", value: "Production" },
                { name: "PWD", value: "/app" },
                { name: "CLIENT_SECRET_NAME", value: "orders-client-secret" },
            ]),
        },
        {
            name: "group: registry pulled with a managed identity, or a password sent as a Pulumi secret",
            resource: group([], { imageRegistryCredentials: [
                { server: "contoso.azurecr.io", identity: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/puller" },
                { server: "other.azurecr.io", username: "puller", password: secret("literal-registry-password") },
            ] }),
        },
        {
            name: "app: secretRef, and secrets from Key Vault and Pulumi secrets (strict option)",
            resource: app([{ name: "DB_PASSWORD", secretRef: "db-password" }, { name: "LOG_LEVEL", value: "info" }], {
                secrets: [{ name: "db-password", keyVaultUrl: "https://contoso-kv.vault.azure.net/secrets/db-password", identity: "system" },
                    { name: "api-key", value: secret("a-literal-api-key") }],
            }),
            config: strict,
        },
        {
            name: "app: a literal app secret at the default config (kept in Container Apps' secret store)",
            resource: app([{ name: "DB_PASSWORD", secretRef: "db-password" }], { secrets: [{ name: "db-password", value: "literal-db-password" }] }),
        },
        {
            name: "job: a connection string with managed identity under a secret's name",
            resource: job([{ name: "ConnectionStrings__Orders", value: "Server=tcp:orders.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity" }]),
        },
        {
            name: "app: another resource's output under a name that is no secret's",
            resource: app([{ name: "ORDERS_API_URL", value: unknown() }]),
        },
    ],
    invalid: [
        {
            name: "group: literal password in value, and a storage key in a connection string",
            resource: group([
                { name: "ASPNETCORE_ENVIRONMENT", value: "Production" },
                { name: "DB_PASSWORD", value: "Hunter2-literal" },
                { name: "STORAGE", value: "DefaultEndpointsProtocol=https;AccountName=ordersst;AccountKey=bGl0ZXJhbC1rZXk=" },
            ]),
            messages: [{ id: "literalEnvironmentVariable", data: { path: "containers[0].environmentVariables[1]" } },
                { id: "literalEnvironmentVariable", data: { path: "containers[0].environmentVariables[2]" } }],
        },
        {
            name: "group: literal registry password",
            resource: group([], { imageRegistryCredentials: [{ server: "contoso.azurecr.io", username: "puller", password: "literal-registry-password" }] }),
            messages: [{ id: "literalRegistryPassword", data: { path: "imageRegistryCredentials[0].password" } }],
        },
        {
            name: "group: literal secureValue, strict option",
            resource: group([{ name: "DB_PASSWORD", secureValue: "literal-but-secure-value" }]),
            config: strict,
            messages: [{ id: "literalStoredSecret", data: { path: "containers[0].environmentVariables[0].secureValue" } }],
        },
        {
            name: "app: literal token in env",
            resource: app([{ name: "GITHUB_TOKEN", value: "ghp-literal-token" }]),
            messages: [{ id: "literalEnvironmentVariable", data: { path: "template.containers[0].env[0]" } }],
        },
        {
            name: "job: literal client secret in an init container, and a literal app secret (strict option)",
            resource: job([{ name: "AzureAd__ClientSecret", value: "literal-client-secret" }], [{ name: "db-password", value: "literal-db-password" }]),
            config: strict,
            messages: [{ id: "literalEnvironmentVariable", data: { path: "template.initContainers[0].env[0]" } },
                { id: "literalStoredSecret", data: { path: "configuration.secrets[0]" } }],
        },
    ],
    undecided: [
        {
            name: "group: a secret-named variable from another resource's output",
            resource: group([{ name: "ASPNETCORE_ENVIRONMENT", value: "Production" }, { name: "STORAGE_ACCESS_KEY", value: unknown() }]),
        },
        {
            name: "group: registry password from another resource's output (listRegistryCredentials)",
            resource: group([], { imageRegistryCredentials: [{ server: "contoso.azurecr.io", username: "puller", password: unknown() }] }),
        },
        {
            name: "app: a secret-named variable from another resource's output",
            resource: app([{ name: "SERVICEBUS_CONNECTION_STRING", value: unknown() }]),
        },
    ],
});
