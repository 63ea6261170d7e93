import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "postgresql-entra-auth",
    description: "PostgreSQL flexible servers accept Microsoft Entra authentication only, with password authentication disabled.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"], azurePolicy: ["fa498b91-8a7e-4710-9578-da944c68d1fe"] },
    remediation: "Set authConfig: { activeDirectoryAuth: \"Enabled\", passwordAuth: \"Disabled\" } and add an " +
        "Entra administrator (dbforpostgresql.Administrator). Unset means Entra auth off and password auth on.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        entraAuthOff: "authConfig.activeDirectoryAuth is not Enabled, so no Entra identity can sign in: set it to Enabled.",
        passwordAuthOn: "authConfig.passwordAuth is not Disabled, so PostgreSQL passwords still work: set it to Disabled.",
    },
    check: {
        postgresqlFlexibleServer: (server, ctx) => {
            const auth = server.authConfig;
            if (!sameText(auth?.activeDirectoryAuth, "Enabled")) {
                ctx.report("entraAuthOff");
            }
            // Default: unset passwordAuth is Enabled. Source: REST spec Microsoft.DBforPostgreSQL 2025-08-01,
            // AuthConfig (azure-native 3.28 fills it in: authConfigArgsProvideDefaults). Unset activeDirectoryAuth as
            // off is unconfirmed (no default in the spec); the check asks for Enabled either way, as Azure Policy's
            // built-in does.
            if (!sameText(auth?.passwordAuth, "Disabled")) {
                ctx.report("passwordAuthOn");
            }
        },
    },
});
