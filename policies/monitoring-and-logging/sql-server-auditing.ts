import { anyOf, catalog, namesTarget, pointerIndex, sameText, stackPolicy } from "../../lib/kit";

const auditing = [catalog.sqlServerBlobAuditingPolicy, catalog.sqlExtendedServerBlobAuditingPolicy];

export default stackPolicy({
    name: "sql-server-auditing",
    description: "Every Azure SQL logical server has a server auditing policy (ServerBlobAuditingPolicy or " +
        "ExtendedServerBlobAuditingPolicy) with state Enabled.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3"], azurePolicy: ["a6fb4358-5bf4-4ad7-ba82-2cd2f41ce5e9"] },
    remediation: "Add a sql.ServerBlobAuditingPolicy (or sql.ExtendedServerBlobAuditingPolicy) with serverName set " +
        "to the server's name, state: \"Enabled\", and a destination: storageEndpoint, or isAzureMonitorTargetEnabled: " +
        "true with a diagnostic setting on the master database. Server auditing is off until such a policy exists.",
    messages: {
        serverNotAudited: "No auditing policy with state Enabled targets this SQL server, so its logins and queries are not audited: add a ServerBlobAuditingPolicy for it with state set to Enabled.",
    },
    resources: [catalog.sqlServer, ...auditing],
    check: (ctx) => {
        // Default: a server has no auditing until an auditing policy with state Enabled exists. Source: REST spec
        // Microsoft.Sql 2023-08-01, ServerBlobAuditingPolicyProperties.state is required (azure-native 3.28).
        const servers = ctx.ofType(catalog.sqlServer);
        const policies = auditing.flatMap((t) => ctx.ofType(t));
        // Only the policies that may name a server are asked about it: the same answer, linear in the stack's size.
        const policiesNaming = pointerIndex(policies, "serverName", { peers: servers });
        ctx.each(servers, (server) => {
            const audited = anyOf(policiesNaming(server, catalog.sqlServer), (p) =>
                namesTarget(p, "serverName", server, catalog.sqlServer, servers) && sameText(p.props.state, "Enabled"));
            if (!audited) {
                ctx.report(server, "serverNotAudited");
            }
        });
    },
});
