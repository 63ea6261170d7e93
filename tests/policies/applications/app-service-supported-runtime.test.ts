import { WebApp, WebAppApplicationSettings, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/app-service-supported-runtime";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (siteConfig?: object, extra: object = {}) => resource(WebApp, { resourceGroupName: "rg", siteConfig, ...extra });
const settings = (properties: Record<string, string>) =>
    resource(WebAppApplicationSettings, { resourceGroupName: "rg", name: "app", properties });

testResourcePolicy(policy, {
    valid: [
        { name: "no stack set", resource: app() },
        { name: "supported Linux stack", resource: app({ linuxFxVersion: "PYTHON|3.13" }) },
        { name: "supported Node on Linux", resource: app({ linuxFxVersion: "NODE|24-lts" }) },
        { name: "container image", resource: app({ linuxFxVersion: "DOCKER|nginx:1.25" }) },
        { name: "Java has no dates in the pack", resource: app({ linuxFxVersion: "JAVA|8-jre8" }) },
        { name: ".NET Framework on Windows", resource: app({ netFrameworkVersion: "v4.0" }) },
        { name: "PHP off on Windows", resource: app({ phpVersion: "OFF" }) },
        { name: "PowerShell ~7 follows the latest 7.x", resource: app({ powerShellVersion: "~7" }) },
        {
            name: "Flex Consumption on a supported runtime",
            resource: app(undefined, { kind: "functionapp,linux", functionAppConfig: { runtime: { name: "python", version: "3.13" } } }),
        },
        { name: "supported Node app setting", resource: app({ appSettings: [{ name: "WEBSITE_NODE_DEFAULT_VERSION", value: "~24" }] }) },
        { name: "other app settings", resource: app({ appSettings: [{ name: "NODE_ENV", value: "14" }] }) },
        { name: "settings resource without the Node setting", resource: settings({ FOO: "14" }) },
        {
            name: "a version past support only in config, but config not set",
            resource: app({ linuxFxVersion: "PYTHON|3.13" }),
        },
    ],
    invalid: [
        { name: "Node 14 on Linux", resource: app({ linuxFxVersion: "NODE|14-lts" }), messages: ["linuxStackRetired"] },
        { name: "Python 3.7, lower case", resource: app({ linuxFxVersion: "python|3.7" }), messages: ["linuxStackRetired"] },
        { name: ".NET Core 3.1", resource: app({ linuxFxVersion: "DOTNETCORE|3.1" }), messages: ["linuxStackRetired"] },
        { name: "PHP 7.4", resource: app({ linuxFxVersion: "PHP|7.4" }), messages: ["linuxStackRetired"] },
        { name: "Tomcat 8.5", resource: app({ linuxFxVersion: "TOMCAT|8.5-java11" }), messages: ["linuxStackRetired"] },
        { name: ".NET 6 on Windows", resource: app({ netFrameworkVersion: "v6.0" }), messages: ["windowsStackRetired"] },
        {
            name: "PHP and Python on Windows",
            resource: app({ phpVersion: "7.3", pythonVersion: "3.4" }),
            messages: ["windowsStackRetired", "windowsStackRetired"],
        },
        {
            name: "in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", siteConfig: { linuxFxVersion: "NODE|12-lts" } }),
            messages: ["linuxStackRetired"],
        },
        {
            name: "Flex Consumption on Python 3.8",
            resource: app(undefined, { kind: "functionapp,linux", functionAppConfig: { runtime: { name: "python", version: "3.8" } } }),
            messages: ["flexRuntimeRetired"],
        },
        {
            name: "retired Node app setting",
            resource: app({ appSettings: [{ name: "A", value: "b" }, { name: "WEBSITE_NODE_DEFAULT_VERSION", value: "~16" }] }),
            messages: ["nodeSettingRetired"],
        },
        {
            name: "retired Node in a settings resource",
            resource: settings({ WEBSITE_NODE_DEFAULT_VERSION: "~14" }),
            messages: ["nodeSettingRetired"],
        },
        {
            name: "a version the config retires",
            resource: app({ linuxFxVersion: "PYTHON|3.13" }),
            config: { extraRetired: ["PYTHON|3.13"] },
            messages: ["linuxStackRetired"],
        },
        {
            name: "Java the config retires",
            resource: app({ javaVersion: "1.8" }),
            config: { extraRetired: ["java|8"] },
            messages: ["windowsStackRetired"],
        },
        {
            name: "support ending within the look-ahead",
            resource: app({ linuxFxVersion: "PYTHON|3.12" }),
            config: { daysAhead: 730 },
            messages: ["linuxStackRetired"],
        },
    ],
    undecided: [
        { name: "stack from another resource", resource: app({ linuxFxVersion: unknown() }) },
        { name: "Windows version unknown", resource: app({ netFrameworkVersion: unknown() }) },
        { name: "Node setting unknown", resource: app({ appSettings: [{ name: "WEBSITE_NODE_DEFAULT_VERSION", value: unknown() }] }) },
    ],
});
