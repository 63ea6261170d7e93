import { Server, ServerSecurityAlertPolicy } from "@pulumi/azure-native/sql";
import policy from "../../../policies/monitoring-and-logging/sql-server-defender-enabled";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const server = (name: string): StackTestResource => ({ name, ...resource(Server, { ...rg, serverName: `${name}-sql` }) });
const alerts = (name: string, serverName: unknown, state: unknown): StackTestResource => ({
    name, ...resource(ServerSecurityAlertPolicy, {
        ...rg, serverName: serverName as string, securityAlertPolicyName: "Default", state: state as "Enabled", emailAccountAdmins: true,
    }),
});

testStackPolicy(policy, {
    valid: [
        { name: "Defender on, by name (names and state case-insensitive)", resources: [server("orders"), alerts("orders-atp", "ORDERS-SQL", "enabled")] },
        {
            name: "first preview: the policy's serverName is the server's output",
            resources: [server("orders"), { ...alerts("orders-atp", unknown(), "Enabled"), dependsOn: { serverName: ["orders"] } }],
        },
    ],
    invalid: [
        {
            name: "required here: no alert policy at all",
            config: required,
            resources: [server("orders")],
            violations: [{ resource: "orders", message: "noDefender" }],
        },
        {
            name: "Disabled, required here",
            config: required,
            resources: [server("orders"), alerts("orders-atp", "orders-sql", "Disabled")],
            violations: [{ resource: "orders-atp", message: "defenderOff" }, { resource: "orders", message: "noDefender" }],
        },
        {
            name: "Disabled; by default the server is only noted",
            resources: [server("orders"), alerts("orders-atp", "orders-sql", "Disabled")],
            violations: [{ resource: "orders-atp", message: "defenderOff" }],
        },
        {
            name: "first preview: the only alert policy depends on another server",
            config: required,
            resources: [server("orders"), server("billing"),
                { ...alerts("billing-atp", unknown(), "Enabled"), dependsOn: { serverName: ["billing"] } }],
            violations: [{ resource: "orders", message: "noDefender" }],
        },
    ],
    undecided: [
        { name: "by default, an alert policy another stack may deploy", resources: [server("orders")] },
        { name: "state unknown", resources: [server("orders"), alerts("orders-atp", "orders-sql", unknown())] },
    ],
});
