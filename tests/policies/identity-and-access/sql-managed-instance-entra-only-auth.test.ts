import { ManagedInstance, ManagedInstanceAzureADOnlyAuthentication } from "@pulumi/azure-native/sql";
import policy from "../../../policies/identity-and-access/sql-managed-instance-entra-only-auth";
import { resource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const admin = { administratorType: "ActiveDirectory", login: "sql-admins", sid: "11111111-1111-1111-1111-111111111111" };
const instance = (name: string, administrators?: object) =>
    ({ name, ...resource(ManagedInstance, { ...rg, managedInstanceName: `${name}-mi`, ...(administrators ? { administrators } : {}) }) });
const entraOnly = (name: string, managedInstanceName: unknown, flag: unknown) =>
    ({ name, ...resource(ManagedInstanceAzureADOnlyAuthentication, { ...rg, managedInstanceName: managedInstanceName as string, azureADOnlyAuthentication: flag as boolean }) });

testStackPolicy(policy, {
    valid: [
        { name: "Entra-only at creation", resources: [instance("orders", { ...admin, azureADOnlyAuthentication: true })] },
        {
            name: "Entra-only by a standalone resource naming the instance",
            resources: [instance("orders", admin), entraOnly("orders-entra", "orders-mi", true)],
        },
        {
            name: "Entra-only by a standalone resource whose managedInstanceName is the instance's output; inline unknown",
            resources: [instance("orders", unknown()), { ...entraOnly("orders-entra", unknown(), true), dependsOn: { managedInstanceName: ["orders"] } }],
        },
    ],
    invalid: [
        {
            name: "SQL logins allowed inline",
            resources: [instance("orders", { ...admin, azureADOnlyAuthentication: false })],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
        {
            name: "unset: defaults to false (SQL authentication only)",
            resources: [instance("orders")],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
        {
            name: "standalone switch turned off, and one for another instance",
            resources: [
                instance("orders", { ...admin, azureADOnlyAuthentication: true }),
                instance("billing", admin),
                entraOnly("orders-entra", "orders-mi", false),
                entraOnly("other-entra", "other-mi", true),
            ],
            violations: [
                { resource: "orders-entra", message: "switchOff" },
                { resource: "billing", message: "sqlLoginsAllowed" },
            ],
        },
        {
            name: "a switch whose managedInstanceName is another instance's output does not count",
            resources: [
                instance("orders"), instance("billing", { ...admin, azureADOnlyAuthentication: true }),
                { ...entraOnly("billing-entra", unknown(), true), dependsOn: { managedInstanceName: ["billing"] } },
            ],
            violations: [{ resource: "orders", message: "sqlLoginsAllowed" }],
        },
    ],
    undecided: [
        { name: "administrators from another resource", resources: [instance("orders", unknown())] },
        {
            name: "a switch for an instance name not known yet",
            resources: [instance("orders", admin), entraOnly("some-entra", unknown(), true)],
        },
        {
            name: "standalone switch value unknown",
            resources: [instance("orders", admin), entraOnly("orders-entra", "orders-mi", unknown())],
        },
    ],
});
