import { ExtendedServerBlobAuditingPolicy, Server, ServerBlobAuditingPolicy } from "@pulumi/azure-native/sql";
import policy from "../../../policies/monitoring-and-logging/sql-server-auditing";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const server = (name: string, serverName: string): StackTestResource => ({ name, ...resource(Server, { ...rg, serverName }) });
const toMonitor = { isAzureMonitorTargetEnabled: true };

testStackPolicy(policy, {
    valid: [
        {
            name: "first preview: the policy's serverName is unknown and depends on the server",
            resources: [server("sql", "sql-app"), {
                name: "audit", ...resource(ServerBlobAuditingPolicy, { ...rg, ...toMonitor, serverName: unknown(), state: "Enabled" }),
                dependsOn: { serverName: ["sql"] },
            }],
        },
        {
            name: "known names: an extended auditing policy names the server (names compared case-insensitively)",
            resources: [server("sql", "sql-app"),
                { name: "audit", ...resource(ExtendedServerBlobAuditingPolicy, { ...rg, ...toMonitor, serverName: "SQL-APP", state: "Enabled" }) }],
        },
    ],
    invalid: [
        {
            name: "no auditing policy at all",
            resources: [server("sql", "sql-app")],
            violations: [{ resource: "sql", message: "serverNotAudited" }],
        },
        {
            name: "the auditing policy is Disabled",
            resources: [server("sql", "sql-app"),
                { name: "audit", ...resource(ServerBlobAuditingPolicy, { ...rg, serverName: "sql-app", state: "Disabled" }) }],
            violations: [{ resource: "sql", message: "serverNotAudited" }],
        },
        {
            name: "first preview: the only auditing policy depends on another server",
            resources: [server("sql1", "sql-one"), server("sql2", "sql-two"), {
                name: "audit", ...resource(ServerBlobAuditingPolicy, { ...rg, ...toMonitor, serverName: unknown(), state: "Enabled" }),
                dependsOn: { serverName: ["sql1"] },
            }],
            violations: [{ resource: "sql2", message: "serverNotAudited" }],
        },
    ],
    undecided: [
        {
            name: "the policy's serverName is unknown and depends on nothing in the stack",
            resources: [server("sql", "sql-app"),
                { name: "audit", ...resource(ServerBlobAuditingPolicy, { ...rg, ...toMonitor, serverName: unknown(), state: "Enabled" }) }],
        },
        {
            name: "the policy targets the server but its state is unknown",
            resources: [server("sql", "sql-app"),
                { name: "audit", ...resource(ServerBlobAuditingPolicy, { ...rg, ...toMonitor, serverName: "sql-app", state: unknown() }) }],
        },
    ],
});
