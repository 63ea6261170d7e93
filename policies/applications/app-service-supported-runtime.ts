import {
    CheckContext, daysAhead, functionAppConfigRuntime, isSettings, linuxFxRuntimes, option, pastEndOfSupport, PropsOf,
    resourcePolicy, retiredEntries, RuntimeRef, windowsRuntime, windowsVersionInputs,
} from "../../lib/kit";

const messages = {
    linuxStackRetired: "siteConfig.linuxFxVersion names a language version past its end of support, which gets no security patches: move the app to a supported version of its stack.",
    windowsStackRetired: "siteConfig.{{input}} names a language version past its end of support, which gets no security patches: move the app to a supported version.",
    flexRuntimeRetired: "functionAppConfig.runtime names a language version past its end of support, which gets no security patches: set runtime.version to a supported version.",
    nodeSettingRetired: "The app setting WEBSITE_NODE_DEFAULT_VERSION ({{path}}) names a Node version past its end of support, which gets no security patches: set it to a supported version.",
} as const;

const config = {
    extraRetired: option.stringList({
        default: [],
        description: "More versions to treat as past support, \"<stack>|<version>\" as linuxFxVersion spells them " +
            "(\"PYTHON|3.11\", \"node|20\", \"DOTNETCORE|8.0\", \"java|8\"). The pack's own dates (lib/kit/lifecycle/" +
            "app-runtimes.ts) cover Node, Python, PHP, .NET, Ruby, PowerShell and Tomcat, not Java, whose end on App " +
            "Service depends on the JDK vendor.",
    }),
    daysAhead: option.integer({
        default: 0, minimum: 0, maximum: 730,
        description: "Judge as if this many days had passed, so that versions whose support ends soon are flagged " +
            "before they lapse. 0 (the default) judges today.",
    }),
} as const;

type Config = { readonly extraRetired: readonly string[]; readonly daysAhead: number };
type Ctx = CheckContext<typeof messages, Config>;

/** Is one of these runtimes past support at the date the config gives? */
function anyRetired(refs: readonly (RuntimeRef | undefined)[], ctx: Ctx): boolean {
    const asOf = daysAhead(new Date(), ctx.config.daysAhead);
    const extra = retiredEntries(ctx.config.extraRetired);
    return refs.some((ref) => ref !== undefined && pastEndOfSupport(ref, asOf, extra) !== undefined);
}

function checkNodeSetting(value: unknown, path: string, ctx: Ctx): void {
    if (anyRetired([windowsRuntime("nodeVersion", value)], ctx)) {
        ctx.report("nodeSettingRetired", { path });
    }
}

/** An app's or a slot's inputs (the same SiteConfig and FunctionAppConfig on both). */
function checkApp(app: Pick<PropsOf<"webApp">, "siteConfig" | "functionAppConfig">, ctx: Ctx): void {
    const siteConfig = app.siteConfig;
    // Default: an unset stack input selects no language version (a Windows app gets .NET Framework 4.x, supported
    // with Windows). Source: https://learn.microsoft.com/azure/app-service/configure-common (General settings: Stack
    // settings). Nothing unset is flagged.
    if (anyRetired(linuxFxRuntimes(siteConfig?.linuxFxVersion), ctx)) {
        ctx.report("linuxStackRetired");
    }
    ctx.each(windowsVersionInputs, (input) => {
        if (anyRetired([windowsRuntime(input, siteConfig?.[input])], ctx)) {
            ctx.report("windowsStackRetired", { input });
        }
    });
    // A Flex Consumption function app names its language in functionAppConfig.runtime.
    const runtime = app.functionAppConfig?.runtime;
    if (anyRetired([functionAppConfigRuntime(runtime?.name, runtime?.version)], ctx)) {
        ctx.report("flexRuntimeRetired");
    }
    // A Windows app (Node on Windows, function apps too) takes its Node version from this app setting.
    ctx.each(siteConfig?.appSettings, (setting, index) => {
        if (typeof setting.name === "string" && setting.name.trim().toUpperCase() === "WEBSITE_NODE_DEFAULT_VERSION") {
            checkNodeSetting(setting.value, `siteConfig.appSettings[${index}]`, ctx);
        }
    });
}

export default resourcePolicy({
    name: "app-service-supported-runtime",
    description: "App Service apps, slots and function apps run a language version that is still supported (Node, Python, PHP, .NET, Ruby, PowerShell, Tomcat), so it still gets security patches.",
    area: "applications",
    severity: "high",
    // The CIS App Service recommendations on PHP, Python and Java versions left the Foundations benchmark in v3
    // (App Service now has its own benchmark), so no v6.0.0 id matches; the MCSB initiative has no such definition.
    frameworks: { mcsb: ["PV-6", "PV-2"] },
    remediation: "Set siteConfig.linuxFxVersion (e.g. \"NODE|22-lts\", \"PYTHON|3.12\", \"DOTNETCORE|8.0\"), the " +
        "Windows stack input (netFrameworkVersion, phpVersion, nodeVersion, pythonVersion, powerShellVersion), " +
        "functionAppConfig.runtime.version, or the WEBSITE_NODE_DEFAULT_VERSION app setting to a version whose " +
        "community support has not ended, and test the app on it. App Service keeps running a retired version but " +
        "no longer patches it: https://learn.microsoft.com/azure/app-service/language-support-policy.",
    messages,
    config,
    check: {
        webApp: (app, ctx) => checkApp(app, ctx),
        webAppSlot: (slot, ctx) => checkApp(slot, ctx),
        webAppApplicationSettings: (settings, ctx) => {
            const properties = settings.properties;
            if (!isSettings(properties)) {
                return;
            }
            for (const key of Object.keys(properties)) {
                if (key.trim().toUpperCase() === "WEBSITE_NODE_DEFAULT_VERSION") {
                    checkNodeSetting(properties[key], `properties.${key}`, ctx);
                }
            }
        },
    },
});
