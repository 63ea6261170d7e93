import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "cosmosdb-local-auth-disabled",
    description: "Cosmos DB accounts refuse primary/secondary key authentication, so data access goes through Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"], azurePolicy: ["5450f5bd-9c72-4390-a9c4-a7aba4edfdd2"] },
    remediation: "Set disableLocalAuth to true and grant Cosmos DB data-plane roles to Entra identities. Unset " +
        "means false: account keys keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        localAuthEnabled: "disableLocalAuth is not true (unset means false), so account keys grant data access outside Entra ID: set it to true.",
    },
    check: {
        cosmosDbAccount: (account, ctx) => {
            // Default: unset disableLocalAuth is false (account keys work). Source:
            // https://learn.microsoft.com/azure/cosmos-db/how-to-connect-role-based-access-control (key auth stays on
            // until disabled).
            if (account.disableLocalAuth !== true) {
                ctx.report("localAuthEnabled");
            }
        },
    },
});
