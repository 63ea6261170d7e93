import { anyOf, catalog, namesTarget, pointerIndex, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "sql-entra-only-auth",
    description: "Azure SQL logical servers accept Microsoft Entra authentication only, set inline in administrators " +
        "or by a ServerAzureADOnlyAuthentication resource in the stack.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"],
        azurePolicy: [
            "1f314764-cb73-4fc9-b863-8eca98ac36e9",
            "abda6d70-9778-44e7-84a8-06713e6db027",
            "b3a22bc9-66de-45fb-98fa-00f5df42f41a",
        ],
    },
    remediation: "Set administrators: { azureADOnlyAuthentication: true, administratorType: \"ActiveDirectory\", " +
        "login, sid } on the sql.Server, or add a sql.ServerAzureADOnlyAuthentication with " +
        "azureADOnlyAuthentication: true for the server. Unset means false: SQL logins stay enabled.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        switchOff: "azureADOnlyAuthentication is false, so the server accepts SQL logins: set it to true.",
        sqlLoginsAllowed: "administrators.azureADOnlyAuthentication is not true (unset means false) and no ServerAzureADOnlyAuthentication enables it, so SQL logins still work: set it to true.",
    },
    resources: [catalog.sqlServer, catalog.sqlServerAzureADOnlyAuthentication],
    check: (ctx) => {
        const switches = ctx.ofType(catalog.sqlServerAzureADOnlyAuthentication);
        ctx.each(switches, (s) => {
            if (s.props.azureADOnlyAuthentication === false) {
                ctx.report(s, "switchOff");
            }
        });
        const servers = ctx.ofType(catalog.sqlServer);
        // Only the switches that may name a server are asked about it: the same answer, linear in the stack's size.
        const switchesNaming = pointerIndex(switches, "serverName", { peers: servers });
        ctx.each(servers, (server) => {
            // Default: unset azureADOnlyAuthentication is false (SQL logins stay on). Source:
            // https://learn.microsoft.com/azure/azure-sql/database/authentication-azure-ad-only-authentication
            // Either the inline flag or a standalone switch for this server (it may be created after the server
            // and then decides). anyOf lets one that is known to enable it win over one still unknown.
            const enablers: (() => boolean)[] = [
                () => server.props.administrators?.azureADOnlyAuthentication === true,
                ...switchesNaming(server, catalog.sqlServer).map((s) => () => namesTarget(s, "serverName", server, catalog.sqlServer, servers) &&
                    s.props.azureADOnlyAuthentication === true),
            ];
            if (!anyOf(enablers, (enables) => enables())) {
                ctx.report(server, "sqlLoginsAllowed");
            }
        });
    },
});
