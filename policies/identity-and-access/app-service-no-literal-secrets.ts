import { CheckContext, ConfigOf, isLiteralSecret, isSettings, listOf, option, resourcePolicy, settingPath } from "../../lib/kit";

const options = {
    extraSecretNames: option.stringList({
        default: [],
        description: "More terms of a secret's name, beside the built-in ones (password, passwd, pwd, secret, token, " +
            "api key, access key, connection string, private key, client secret, SAS, account key, shared access key, " +
            "master key, credential): a term of six letters or more matches anywhere in a setting's name, a shorter " +
            "one as a word of it (`pin` matches DB_PIN, not SPINNER).",
    }),
};

const messages = {
    literalSetting: "{{path}} holds a literal secret (a value that is neither a Key Vault reference nor a Pulumi " +
        "secret, under a secret's name or with a credential in it), stored in plain text in the program and its " +
        "state: set the value to a Key Vault reference, or pass it as a Pulumi secret.",
    literalConnectionString: "{{path}} is a connection string with a literal credential (Password, AccountKey, " +
        "SharedAccessKey or the like) that is neither a Key Vault reference nor a Pulumi secret: use the app's " +
        "managed identity, a Key Vault reference, or at the least a Pulumi secret.",
} as const;

type Ctx = CheckContext<typeof messages, ConfigOf<typeof options>>;

/** An app's or slot's siteConfig: appSettings by name and text, connectionStrings by text. */
function checkSiteConfig(site: unknown, ctx: Ctx): void {
    if (!isSettings(site)) {
        return;
    }
    ctx.each(listOf(site.appSettings as readonly unknown[]), (setting, i) => {
        if (isSettings(setting) &&
            isLiteralSecret(setting, "value", () => setting.name, { extraTerms: ctx.config.extraSecretNames })) {
            ctx.report("literalSetting", { path: `siteConfig.appSettings[${i}]` });
        }
    });
    ctx.each(listOf(site.connectionStrings as readonly unknown[]), (cs, i) => {
        if (isSettings(cs) && isLiteralSecret(cs, "connectionString", () => undefined, { byName: false })) {
            ctx.report("literalConnectionString", { path: `siteConfig.connectionStrings[${i}]` });
        }
    });
}

export default resourcePolicy({
    name: "app-service-no-literal-secrets",
    description: "App Service app settings and connection strings hold no literal secret: a secret comes from a Key " +
        "Vault reference or, at the least, a Pulumi secret.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-8", "DP-6"] },
    remediation: "Store the secret in Key Vault and set the setting's value to a Key Vault reference " +
        "(`@Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>)`), with the app's managed " +
        "identity allowed to read it; better still, connect with the app's managed identity and no secret at all. " +
        "If the value must be in the program, pass it as a Pulumi secret (`pulumi.secret(...)`, `config.requireSecret(...)`) " +
        "so that it is encrypted in the state.",
    messages,
    config: options,
    check: {
        webApp: (app, ctx) => checkSiteConfig(app.siteConfig, ctx),
        webAppSlot: (slot, ctx) => checkSiteConfig(slot.siteConfig, ctx),
        webAppApplicationSettings: (settings, ctx) => {
            const map = settings.properties;
            if (!isSettings(map)) {
                return;
            }
            // A map's keys are the settings' names; each value is read on its own, so one unknown value leaves
            // the others decided.
            ctx.each(Object.keys(map), (key) => {
                if (isLiteralSecret(map, key, () => key, { extraTerms: ctx.config.extraSecretNames })) {
                    ctx.report("literalSetting", { path: settingPath("properties", key) });
                }
            });
        },
        webAppConnectionStrings: (strings, ctx) => {
            const map = strings.properties;
            if (!isSettings(map)) {
                return;
            }
            ctx.each(Object.keys(map), (key) => {
                const entry = map[key];
                if (isSettings(entry) && isLiteralSecret(entry, "value", () => undefined, { byName: false })) {
                    ctx.report("literalConnectionString", { path: settingPath("properties", key) });
                }
            });
        },
    },
});
