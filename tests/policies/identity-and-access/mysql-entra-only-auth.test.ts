import { Configuration, Server } from "@pulumi/azure-native/dbformysql";
import policy from "../../../policies/identity-and-access/mysql-entra-only-auth";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const server = (name: string): StackTestResource => ({ name, ...resource(Server, { ...rg, serverName: `${name}-mysql` }) });
const parameter = (name: string, serverName: unknown, configurationName: unknown, value: unknown): StackTestResource => ({
    name, ...resource(Configuration, {
        ...rg, serverName: serverName as string, configurationName: configurationName as string, value: value as string, source: "user-override",
    }),
});

testStackPolicy(policy, {
    valid: [
        { name: "aad_auth_only ON (case-insensitive)", resources: [server("orders"), parameter("orders-aad", "orders-mysql", "aad_auth_only", "on")] },
        {
            name: "first preview: the parameter's serverName is the server's output",
            resources: [server("orders"), { ...parameter("orders-aad", unknown(), "aad_auth_only", "ON"), dependsOn: { serverName: ["orders"] } }],
        },
        {
            name: "another parameter is not judged",
            resources: [server("orders"), parameter("orders-aad", "orders-mysql", "aad_auth_only", "ON"),
                parameter("orders-tls", "orders-mysql", "require_secure_transport", "OFF")],
        },
    ],
    invalid: [
        {
            name: "no parameter: OFF by default",
            resources: [server("orders")],
            violations: [{ resource: "orders", message: "mysqlLoginsAllowed" }],
        },
        {
            name: "parameter OFF",
            resources: [server("orders"), parameter("orders-aad", "orders-mysql", "aad_auth_only", "OFF")],
            violations: [{ resource: "orders-aad", message: "parameterOff" }, { resource: "orders", message: "mysqlLoginsAllowed" }],
        },
        {
            name: "only another parameter set for the server; ON for another server",
            resources: [server("orders"), parameter("orders-tls", "orders-mysql", "require_secure_transport", "ON"),
                parameter("other-aad", "other-mysql", "aad_auth_only", "ON")],
            violations: [{ resource: "orders", message: "mysqlLoginsAllowed" }],
        },
    ],
    undecided: [
        { name: "value unknown", resources: [server("orders"), parameter("orders-aad", "orders-mysql", "aad_auth_only", unknown())] },
        { name: "a parameter for a server name not known yet", resources: [server("orders"), parameter("some-aad", unknown(), "aad_auth_only", "ON")] },
    ],
});
