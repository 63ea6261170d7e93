import { catalog, option, stackPolicy } from "../../lib/kit";

/**
 * The audiences that stand for Microsoft Entra ID's token exchange: the public cloud's, US Government's and
 * China's (21Vianet). Source: https://learn.microsoft.com/graph/api/resources/federatedidentitycredential (audiences)
 * and https://learn.microsoft.com/entra/workload-id/workload-identity-federation-considerations
 */
const exchangeAudiences = ["api://AzureADTokenExchange", "api://AzureADTokenExchangeUSGov", "api://AzureADTokenExchangeChina"];

export default stackPolicy({
    name: "managed-identity-federation-audience",
    description: "A user-assigned managed identity trusts external tokens only when they are minted for Microsoft " +
        "Entra ID's token exchange: every audience of its federated credentials is api://AzureADTokenExchange (or a " +
        "sovereign cloud's equivalent), not an audience that other relying parties also accept.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["IM-3"] },
    remediation: "Set audiences: [\"api://AzureADTokenExchange\"] on the identity's federated credentials, and have the " +
        "workload request its token for that audience (GitHub Actions' azure/login and AKS workload identity do so " +
        "by default). An identity provider that cannot mint that audience needs an audience of its own for Entra ID, " +
        "added to this policy's extraAudiences.",
    messages: {
        sharedAudience: "audiences[{{index}}] is not Entra ID's token exchange audience, so a token the external issuer mints for another relying party that accepts this audience (a Kubernetes API server, a cloud's STS, a service of your own) can be replayed to sign in as this identity: set audiences to [\"api://AzureADTokenExchange\"], or add the audience to this policy's extraAudiences if it is dedicated to Entra ID.",
    },
    config: {
        extraAudiences: option.stringList({
            default: [],
            description: "More audiences to accept, besides api://AzureADTokenExchange and its US Government and " +
                "China equivalents: ones your identity provider mints for Entra ID alone.",
        }),
    },
    resources: [catalog.userAssignedIdentity, catalog.federatedIdentityCredential],
    check: (ctx) => {
        // Who can act as a user-assigned identity is decided by its federated credentials (resources of their own,
        // children of the identity): Entra ID exchanges any token whose issuer, subject and audience match one of
        // them. The audience is what keeps a token meant for another service from being exchanged; Microsoft says it
        // should be api://AzureADTokenExchange, the value that represents Entra ID at the external issuer. Sources:
        // https://learn.microsoft.com/entra/workload-id/workload-identity-federation and the Graph reference above.
        const accepted = new Set([...exchangeAudiences, ...ctx.config.extraAudiences].map((a) => a.trim().toLowerCase()));
        ctx.each(ctx.ofType(catalog.federatedIdentityCredential), (credential) => {
            ctx.each(credential.props.audiences, (audience, index) => {
                if (typeof audience === "string" && !accepted.has(audience.trim().toLowerCase())) {
                    ctx.report(credential, "sharedAudience", { index });
                }
            });
        });
    },
});
