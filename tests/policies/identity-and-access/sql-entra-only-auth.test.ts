import { Server, ServerAzureADOnlyAuthentication } from "@pulumi/azure-native/sql";
import policy from "../../../policies/identity-and-access/sql-entra-only-auth";
import { resource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const admin = { administratorType: "ActiveDirectory", login: "sql-admins", sid: "11111111-1111-1111-1111-111111111111" };
const server = (name: string, administrators?: object) =>
    ({ name, ...resource(Server, { ...rg, serverName: `${name}-sql`, ...(administrators ? { administrators } : {}) }) });
const entraOnly = (name: string, serverName: unknown, flag: unknown) =>
    ({ name, ...resource(ServerAzureADOnlyAuthentication, { ...rg, serverName: serverName as string, azureADOnlyAuthentication: flag as boolean }) });

testStackPolicy(policy, {
    valid: [
        { name: "Entra-only inline", resources: [server("orders", { ...admin, azureADOnlyAuthentication: true })] },
        {
            name: "Entra-only by a standalone resource naming the server",
            resources: [server("orders", admin), entraOnly("orders-entra", "orders-sql", true)],
        },
        {
            name: "Entra-only by a standalone resource whose serverName is the server's output; inline unknown",
            resources: [server("orders", unknown()), { ...entraOnly("orders-entra", unknown(), true), dependsOn: { serverName: ["orders"] } }],
        },
    ],
    invalid: [
        {
            name: "SQL logins allowed inline",
            resources: [server("orders", { ...admin, azureADOnlyAuthentication: false })],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
        {
            name: "unset: defaults to false (SQL authentication only)",
            resources: [server("orders")],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
        {
            name: "standalone switch turned off, and one for another server",
            resources: [
                server("orders", { ...admin, azureADOnlyAuthentication: true }),
                server("billing", admin),
                entraOnly("orders-entra", "orders-sql", false),
                entraOnly("other-entra", "other-sql", true),
            ],
            violations: [
                { resource: "orders-entra", message: "switchOff" },
                { resource: "billing", message: "sqlLoginsAllowed" },
            ],
        },
        {
            name: "a switch whose serverName is another server's output does not count",
            resources: [
                server("orders"), server("billing", { ...admin, azureADOnlyAuthentication: true }),
                { ...entraOnly("billing-entra", unknown(), true), dependsOn: { serverName: ["billing"] } },
            ],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
    ],
    undecided: [
        { name: "administrators from another resource", resources: [server("orders", unknown())] },
        {
            name: "a switch for a server name not known yet",
            resources: [server("orders", admin), entraOnly("some-entra", unknown(), true)],
        },
        {
            name: "standalone switch value unknown",
            resources: [server("orders", admin), entraOnly("orders-entra", "orders-sql", unknown())],
        },
    ],
});
