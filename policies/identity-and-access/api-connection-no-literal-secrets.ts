import { isLiteralSecret, isSecret, isSettings, option, resourcePolicy, settingPath } from "../../lib/kit";

export default resourcePolicy({
    name: "api-connection-no-literal-secrets",
    description: "Logic Apps API connections keep credentials in their secret parameters, never in the parameters " +
        "Azure returns to anyone who can read the connection.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-8", "DP-6"] },
    remediation: "Move passwords, keys and tokens from properties.nonSecretParameterValues and " +
        "properties.customParameterValues to properties.parameterValues, with the value from Key Vault or a Pulumi " +
        "secret; better, use a connector that authenticates with a managed identity.",
    messages: {
        readableSecret: "{{path}} holds a literal secret (a value named like a secret, or with a credential in it) in " +
            "parameters that Azure returns on every read of the connection: move it to properties.parameterValues, " +
            "from Key Vault or a Pulumi secret.",
        literalSecretParameter: "{{path}} gives the connection's secret parameters a literal value, which sits " +
            "unencrypted in the program and its Pulumi state: pass it as a Pulumi secret (from config or Key Vault).",
    },
    config: {
        extraSecretNames: option.stringList({
            default: [],
            description: "More terms of a secret's name, beside the built-in ones (password, pwd, secret, token, api " +
                "key, access key, connection string, client secret, SAS, account key, ...).",
        }),
        requireSecretParametersFromSecrets: option.boolean({
            default: false,
            description: "Also flag literal values in properties.parameterValues. Off by default: Azure stores those " +
                "parameters as secrets and never returns them; the literal still sits in the program and, " +
                "unencrypted, in its Pulumi state, which this option catches.",
        }),
    },
    check: {
        apiConnection: (connection, ctx) => {
            // nonSecretParameterValues (the REST spec's "Dictionary of nonsecret parameter values") and
            // customParameterValues are plain properties of the connection, returned on every read; parameterValues
            // carry the connector's securestring parameters, which Azure keeps to itself. Source: REST spec
            // Microsoft.Web 2016-06-01, ApiConnectionDefinition, and
            // https://learn.microsoft.com/azure/logic-apps/logic-apps-securing-a-logic-app#secure-parameters-and-inputs-within-a-workflow
            const properties = connection.properties;
            for (const input of ["nonSecretParameterValues", "customParameterValues"] as const) {
                const map = properties?.[input];
                if (!isSettings(map)) {
                    continue;
                }
                ctx.each(Object.keys(map), (key) => {
                    if (isLiteralSecret(map, key, () => key, { extraTerms: ctx.config.extraSecretNames })) {
                        ctx.report("readableSecret", { path: settingPath(`properties.${input}`, key) });
                    }
                });
            }
            const secrets = properties?.parameterValues;
            if (ctx.config.requireSecretParametersFromSecrets && isSettings(secrets)) {
                ctx.each(Object.keys(secrets), (key) => {
                    if (!isSecret(secrets, key) && typeof secrets[key] === "string" && secrets[key].trim() !== "") {
                        ctx.report("literalSecretParameter", { path: settingPath("properties.parameterValues", key) });
                    }
                });
            }
        },
    },
});
