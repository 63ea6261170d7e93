import { WebApp, WebAppApplicationSettings, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/function-app-supported-runtime";
import { resource, testResourcePolicy, unknown } from "../../tester";

const fn = (appSettings?: object[], extra: object = {}) =>
    resource(WebApp, { resourceGroupName: "rg", kind: "functionapp", siteConfig: appSettings && { appSettings }, ...extra });
const version = (value: string) => [{ name: "AzureWebJobsStorage__accountName", value: "st" }, { name: "FUNCTIONS_EXTENSION_VERSION", value }];
const settings = (properties: Record<string, string>) =>
    resource(WebAppApplicationSettings, { resourceGroupName: "rg", name: "fn", properties });

testResourcePolicy(policy, {
    valid: [
        { name: "~4", resource: fn(version("~4")) },
        { name: "a 4.x build", resource: fn(version("4.1036.1")) },
        { name: "no app settings here (a settings resource may set them)", resource: fn() },
        { name: "app settings without the version, option off", resource: fn([{ name: "FUNCTIONS_WORKER_RUNTIME", value: "node" }]) },
        { name: "latest, option off", resource: fn(version("latest")) },
        {
            name: "Flex Consumption without the setting, option on",
            resource: fn([{ name: "A", value: "b" }], { kind: "functionapp,linux", functionAppConfig: { runtime: { name: "node", version: "22" } } }),
            config: { requirePinnedVersion: true },
        },
        {
            name: "a web app without the setting, option on",
            resource: resource(WebApp, { resourceGroupName: "rg", kind: "app", siteConfig: { appSettings: [{ name: "A", value: "b" }] } }),
            config: { requirePinnedVersion: true },
        },
        { name: "settings resource with ~4", resource: settings({ FUNCTIONS_EXTENSION_VERSION: "~4" }) },
        { name: "settings resource without the version", resource: settings({ FUNCTIONS_WORKER_RUNTIME: "python" }) },
    ],
    invalid: [
        { name: "~3", resource: fn(version("~3")), messages: ["hostRetired"] },
        { name: "~2", resource: fn(version("~2")), messages: ["hostRetired"] },
        { name: "~1, past 14 September 2026", resource: fn(version("~1")), messages: ["hostRetired"] },
        { name: "a 3.x build", resource: fn(version("3.0.15417")), messages: ["hostRetired"] },
        { name: "lower-case setting name", resource: fn([{ name: "functions_extension_version", value: "~3" }]), messages: ["hostRetired"] },
        {
            name: "in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "fn", kind: "functionapp", siteConfig: { appSettings: version("~3") } }),
            messages: ["hostRetired"],
        },
        { name: "settings resource with ~3", resource: settings({ FUNCTIONS_EXTENSION_VERSION: "~3" }), messages: ["hostRetired"] },
        {
            name: "unset on a function app, option on",
            resource: fn([{ name: "FUNCTIONS_WORKER_RUNTIME", value: "dotnet" }]),
            config: { requirePinnedVersion: true },
            messages: ["hostUnset"],
        },
        { name: "latest, option on", resource: fn(version("latest")), config: { requirePinnedVersion: true }, messages: ["hostUnpinned"] },
        { name: "4.x retired by config", resource: fn(version("~4")), config: { extraRetired: ["functions|4"] }, messages: ["hostRetired"] },
    ],
    undecided: [
        { name: "version from another resource", resource: fn(version(unknown())) },
        { name: "settings resource value unknown", resource: settings({ FUNCTIONS_EXTENSION_VERSION: unknown() }) },
        {
            name: "kind unknown, option on",
            resource: fn([{ name: "A", value: "b" }], { kind: unknown() }),
            config: { requirePinnedVersion: true },
        },
    ],
});
