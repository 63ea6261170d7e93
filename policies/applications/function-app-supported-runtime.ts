import {
    CheckContext, daysAhead, functionsHostVersion, isSettings, listOf, option, pastEndOfSupport, PropsOf, resourcePolicy,
    retiredEntries,
} from "../../lib/kit";

const SETTING = "FUNCTIONS_EXTENSION_VERSION";

const messages = {
    hostRetired: "The app setting FUNCTIONS_EXTENSION_VERSION ({{path}}) selects an Azure Functions host version past its end of support, which gets no security patches: set it to \"~4\" and migrate the functions.",
    hostUnpinned: "The app setting FUNCTIONS_EXTENSION_VERSION ({{path}}) names no major version, so the platform picks the host version and can move it: set it to \"~4\".",
    hostUnset: "siteConfig.appSettings has no FUNCTIONS_EXTENSION_VERSION, so the platform picks the Functions host version, and this policy's config requires it: add FUNCTIONS_EXTENSION_VERSION \"~4\".",
} as const;

const config = {
    extraRetired: option.stringList({
        default: [],
        description: "More host versions to treat as past support, \"functions|<major>\" (\"functions|4\" once 4.x " +
            "ends). The pack's own dates (lib/kit/lifecycle/app-runtimes.ts) retire 1.x, 2.x and 3.x.",
    }),
    daysAhead: option.integer({
        default: 0, minimum: 0, maximum: 730,
        description: "Judge as if this many days had passed, so that a host version whose support ends soon is " +
            "flagged before it lapses. 0 (the default) judges today.",
    }),
    requirePinnedVersion: option.boolean({
        default: false,
        description: "Also flag a function app whose siteConfig.appSettings lists no FUNCTIONS_EXTENSION_VERSION, " +
            "and a value without a major version (\"latest\", \"beta\", empty). Off by default: the setting may come " +
            "from a separate WebAppApplicationSettings resource, which this policy judges on its own, and what the " +
            "platform runs without it is not documented.",
    }),
} as const;

type Config = { readonly extraRetired: readonly string[]; readonly daysAhead: number; readonly requirePinnedVersion: boolean };
type Ctx = CheckContext<typeof messages, Config>;

const isSetting = (name: unknown) => typeof name === "string" && name.trim().toUpperCase() === SETTING;

function checkValue(value: unknown, path: string, ctx: Ctx): void {
    const ref = functionsHostVersion(value);
    if (ref === undefined) {
        if (ctx.config.requirePinnedVersion) {
            ctx.report("hostUnpinned", { path });
        }
        return;
    }
    if (pastEndOfSupport(ref, daysAhead(new Date(), ctx.config.daysAhead), retiredEntries(ctx.config.extraRetired))) {
        ctx.report("hostRetired", { path });
    }
}

/** An app's or a slot's inputs (the same SiteConfig on both). */
function checkApp(app: Pick<PropsOf<"webApp">, "siteConfig" | "functionAppConfig" | "kind">, ctx: Ctx): void {
    // The setting matters only to the Functions host, so a retired value is flagged whatever the app's kind.
    const settings = app.siteConfig?.appSettings;
    let found = false;
    ctx.each(settings, (setting, index) => {
        if (isSetting(setting.name)) {
            found = true;
            checkValue(setting.value, `siteConfig.appSettings[${index}]`, ctx);
        }
    });
    // Unset: the Functions docs give no default; without the setting the platform has picked a host version itself,
    // and moved apps to newer majors (https://github.com/Azure/app-service-announcements/issues/135). Flex
    // Consumption apps (functionAppConfig) always run 4.x and take no FUNCTIONS_EXTENSION_VERSION. Source:
    // https://learn.microsoft.com/azure/azure-functions/functions-app-settings#functions_extension_version. Only
    // judged when the program lists app settings here and the option asks for it.
    if (!ctx.config.requirePinnedVersion || found || !Array.isArray(settings) || "functionAppConfig" in app) {
        return;
    }
    if (typeof app.kind === "string" && app.kind.toLowerCase().includes("functionapp")) {
        ctx.report("hostUnset");
    }
}

export default resourcePolicy({
    name: "function-app-supported-runtime",
    description: "Function apps run a supported major version of the Azure Functions host (FUNCTIONS_EXTENSION_VERSION \"~4\", not 1.x, 2.x or 3.x).",
    area: "applications",
    severity: "high",
    // No CIS v6.0.0 Foundations recommendation covers App Service any more; the MCSB initiative has no such definition.
    frameworks: { mcsb: ["PV-6", "PV-2"] },
    remediation: "Set the app setting FUNCTIONS_EXTENSION_VERSION to \"~4\" (in siteConfig.appSettings or a " +
        "WebAppApplicationSettings resource) and migrate the functions to 4.x: " +
        "https://learn.microsoft.com/azure/azure-functions/migrate-version-3-version-4. Versions 2.x and 3.x lost " +
        "support on 13 December 2022, 1.x on 14 September 2026: " +
        "https://learn.microsoft.com/azure/azure-functions/functions-versions.",
    messages,
    config,
    check: {
        webApp: (app, ctx) => checkApp(app, ctx),
        webAppSlot: (slot, ctx) => checkApp(slot, ctx),
        webAppApplicationSettings: (resource, ctx) => {
            const properties = resource.properties;
            if (!isSettings(properties)) {
                return;
            }
            for (const key of listOf(Object.keys(properties)).filter(isSetting)) {
                checkValue(properties[key], `properties.${key}`, ctx);
            }
        },
    },
});
