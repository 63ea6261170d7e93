import { anyOf, catalog, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "sql-server-defender-enabled",
    description: "Every Azure SQL logical server has Microsoft Defender for SQL (its server security alert policy) " +
        "with state Enabled.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-1", "LT-2", "IR-3", "IR-5"], azurePolicy: ["abfb4388-5bf4-4ad7-ba82-2cd2f41ceae9"] },
    remediation: "Add a sql.ServerSecurityAlertPolicy with serverName set to the server's name and state: " +
        "\"Enabled\" (emailAddresses or emailAccountAdmins for the alerts). A server's Defender for SQL is off until " +
        "such a policy exists. Where another stack (a security team's) enables it on every server, leave " +
        "requireInStack off.",
    messages: {
        defenderOff: "state is not Enabled, so Microsoft Defender for SQL raises no threat alerts for this server: set state to Enabled.",
        noDefender: "No server security alert policy with state Enabled targets this SQL server, so Microsoft Defender for SQL does not watch it: add a ServerSecurityAlertPolicy for it with state set to Enabled.",
    },
    config: {
        requireInStack: requireInStack("an enabled server security alert policy for each SQL server"),
    },
    resources: [catalog.sqlServer, catalog.sqlServerSecurityAlertPolicy],
    check: (ctx) => {
        // Default: a server's security alert policy is Disabled until set (the "Default" policy Azure returns for
        // a new server has state Disabled). Source: REST spec Microsoft.Sql 2023-08-01, ServerSecurityAlertPolicies
        // Get example; Azure Policy's definition accepts only state Enabled.
        const policies = ctx.ofType(catalog.sqlServerSecurityAlertPolicy);
        ctx.each(policies, (p) => {
            if (!sameText(p.props.state, "Enabled")) {
                ctx.report(p, "defenderOff");
            }
        });
        const servers = ctx.ofType(catalog.sqlServer);
        // Only the policies that may name a server are asked about it: the same answer, linear in the stack's size.
        const naming = pointerIndex(policies, "serverName", { peers: servers });
        ctx.each(servers, (server) => {
            const watched = anyOf(naming(server, catalog.sqlServer), (p) =>
                namesTarget(p, "serverName", server, catalog.sqlServer, servers) && sameText(p.props.state, "Enabled"));
            if (!watched) {
                ctx.missing(server, "noDefender");
            }
        });
    },
});
