import { CheckContext, ConfigOf, isLiteralSecret, isSecret, isSettings, listOf, option, resourcePolicy } from "../../lib/kit";

const options = {
    extraSecretNames: option.stringList({
        default: [],
        description: "More terms of a secret's name, beside the built-in ones (password, passwd, pwd, secret, token, " +
            "api key, access key, connection string, private key, client secret, SAS, account key, shared access key, " +
            "master key, credential): a term of six letters or more matches anywhere in a variable's name, a shorter " +
            "one as a word of it (`pin` matches DB_PIN, not SPINNER).",
    }),
    requireSecretStoreValuesFromSecrets: option.boolean({
        default: false,
        description: "Also flag values given to the platform's own secret stores as literals: a container group's " +
            "environmentVariables[].secureValue and a container app's or job's configuration.secrets[].value that is " +
            "neither a Pulumi secret nor (for app secrets) a keyVaultUrl. Off by default: Azure keeps those values " +
            "out of the resource's readable properties, and a container reads them as secrets; the literal still sits " +
            "in the program and, unencrypted, in its Pulumi state, which this option catches.",
    }),
};

const messages = {
    literalEnvironmentVariable: "{{path}} holds a literal secret in value (a variable named like a secret, or a value " +
        "with a credential in it), which anyone who can read the resource can read: use secureValue (container " +
        "groups) or secretRef to a secret (container apps and jobs), with the value from Key Vault or a Pulumi secret.",
    literalRegistryPassword: "{{path}} is a literal registry password, neither a Pulumi secret nor a Key Vault reference: " +
        "pull with a managed identity (identity) instead, or at the least pass the password as a Pulumi secret or " +
        "through passwordReference.",
    literalStoredSecret: "{{path}} gives the platform's secret store a literal value, which sits unencrypted in the " +
        "program and its Pulumi state: reference a Key Vault secret (keyVaultUrl, or secureValueReference) or pass " +
        "the value as a Pulumi secret.",
} as const;

type Ctx = CheckContext<typeof messages, ConfigOf<typeof options>>;

/** `{ name, value }` variables (secureValue and secretRef are the secret forms): each literal secret in value. */
function checkVariables(variables: unknown, path: string, ctx: Ctx, secureValues: boolean): void {
    ctx.each(listOf(variables as readonly unknown[]), (variable, i) => {
        if (!isSettings(variable)) {
            return;
        }
        const name = () => variable.name;
        if (isLiteralSecret(variable, "value", name, { extraTerms: ctx.config.extraSecretNames })) {
            ctx.report("literalEnvironmentVariable", { path: `${path}[${i}]` });
        }
        if (secureValues && ctx.config.requireSecretStoreValuesFromSecrets && literalText(variable, "secureValue")) {
            ctx.report("literalStoredSecret", { path: `${path}[${i}].secureValue` });
        }
    });
}

/** Is `o[key]` text, not empty, given literally (not a Pulumi secret)? Reads the value only if it is no secret. */
function literalText(o: Record<string, unknown>, key: string): boolean {
    if (!(key in o) || isSecret(o, key)) {
        return false;
    }
    const value = o[key];
    return typeof value === "string" && value.trim() !== "";
}

/** Containers and init containers of a container app's or job's template. */
function checkTemplate(template: unknown, ctx: Ctx): void {
    if (!isSettings(template)) {
        return;
    }
    for (const list of ["containers", "initContainers"] as const) {
        ctx.each(listOf(template[list] as readonly unknown[]), (container, i) => {
            if (isSettings(container)) {
                checkVariables(container.env, `template.${list}[${i}].env`, ctx, false);
            }
        });
    }
}

/** Container Apps secrets: a literal value without keyVaultUrl, under the strict option only. */
function checkAppSecrets(configuration: unknown, ctx: Ctx): void {
    if (!ctx.config.requireSecretStoreValuesFromSecrets || !isSettings(configuration)) {
        return;
    }
    ctx.each(listOf(configuration.secrets as readonly unknown[]), (secret, i) => {
        if (!isSettings(secret)) {
            return;
        }
        // With keyVaultUrl set, Azure takes the value from Key Vault; that it is there decides, known or not.
        if ("keyVaultUrl" in secret && secret.keyVaultUrl !== null && secret.keyVaultUrl !== undefined) {
            return;
        }
        if (literalText(secret, "value")) {
            ctx.report("literalStoredSecret", { path: `configuration.secrets[${i}]` });
        }
    });
}

export default resourcePolicy({
    name: "container-no-literal-secrets",
    description: "Container groups, container apps and jobs pass secrets to containers as secrets (secureValue, " +
        "secretRef, Key Vault) and pull images without a literal registry password.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-8", "DP-6"] },
    remediation: "Container groups: move a secret from environmentVariables[].value to secureValue (or " +
        "secureValueReference to Key Vault), and pull images with a managed identity (imageRegistryCredentials[].identity) " +
        "rather than a password. Container apps and jobs: put the secret in configuration.secrets (with keyVaultUrl " +
        "and an identity, best) and set the variable's secretRef instead of value. Where a value must be in the " +
        "program, pass it as a Pulumi secret so that it is encrypted in the state.",
    messages,
    config: options,
    check: {
        containerGroup: (group, ctx) => {
            for (const list of ["containers", "initContainers"] as const) {
                ctx.each(listOf(group[list] as readonly unknown[]), (container, i) => {
                    if (isSettings(container)) {
                        checkVariables(container.environmentVariables, `${list}[${i}].environmentVariables`, ctx, true);
                    }
                });
            }
            ctx.each(listOf(group.imageRegistryCredentials), (credential, i) => {
                // A password that is a Pulumi secret is not literal; passwordReference (Key Vault) is no password.
                if (isSettings(credential) && literalText(credential as Record<string, unknown>, "password")) {
                    ctx.report("literalRegistryPassword", { path: `imageRegistryCredentials[${i}].password` });
                }
            });
        },
        containerApp: (app, ctx) => {
            checkTemplate(app.template, ctx);
            checkAppSecrets(app.configuration, ctx);
        },
        containerAppJob: (job, ctx) => {
            checkTemplate(job.template, ctx);
            checkAppSecrets(job.configuration, ctx);
        },
    },
});
