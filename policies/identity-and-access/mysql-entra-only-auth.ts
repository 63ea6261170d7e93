import { anyOf, catalog, namesTarget, pointerIndex, sameText, stackPolicy } from "../../lib/kit";

const parameter = "aad_auth_only";
// The server parameter's name: its name input, or, in Azure's outputs, its name.
const parameterOf = (props: { configurationName?: string; name?: string }) => props.configurationName ?? props.name;

export default stackPolicy({
    name: "mysql-entra-only-auth",
    description: "Azure Database for MySQL flexible servers accept Microsoft Entra authentication only: the server " +
        "parameter aad_auth_only is ON.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"], azurePolicy: ["40e85574-ef33-47e8-a854-7a65c7500560"] },
    remediation: "Give the server a Microsoft Entra administrator (dbformysql.AzureADAdministrator, with a " +
        "user-assigned identity on the server) and add a dbformysql.Configuration with serverName set to the " +
        "server's name, configurationName: \"aad_auth_only\", value: \"ON\" and source: \"user-override\". The " +
        "parameter is OFF by default: MySQL logins with passwords keep working.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        parameterOff: "value is not ON for the server parameter aad_auth_only, so the server accepts MySQL password logins: set value to ON.",
        mysqlLoginsAllowed: "No Configuration sets aad_auth_only to ON for this server (the parameter is OFF by default), so it accepts MySQL password logins: add one with value ON.",
    },
    resources: [catalog.mysqlFlexibleServer, catalog.mysqlFlexibleServerConfiguration],
    check: (ctx) => {
        // Default: aad_auth_only is OFF. Source:
        // https://learn.microsoft.com/azure/mysql/flexible-server/concepts-azure-ad-authentication ("aad_auth_only
        // ... OFF by default"); Azure Policy's definition accepts only value ON.
        const settings = ctx.ofType(catalog.mysqlFlexibleServerConfiguration);
        ctx.each(settings, (c) => {
            if (sameText(parameterOf(c.props), parameter) && !sameText(c.props.value, "ON")) {
                ctx.report(c, "parameterOff");
            }
        });
        const servers = ctx.ofType(catalog.mysqlFlexibleServer);
        // Only the parameters that may name a server are asked about it: the same answer, linear in the stack's size.
        const naming = pointerIndex(settings, "serverName", { peers: servers });
        ctx.each(servers, (server) => {
            const entraOnly = anyOf(naming(server, catalog.mysqlFlexibleServer), (c) =>
                namesTarget(c, "serverName", server, catalog.mysqlFlexibleServer, servers) &&
                sameText(parameterOf(c.props), parameter) && sameText(c.props.value, "ON"));
            if (!entraOnly) {
                ctx.report(server, "mysqlLoginsAllowed");
            }
        });
    },
});
