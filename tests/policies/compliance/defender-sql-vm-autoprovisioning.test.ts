import { PolicyAssignment } from "@pulumi/azure-native/authorization";
import { Pricing } from "@pulumi/azure-native/security";
import policy from "../../../policies/compliance/defender-sql-vm-autoprovisioning";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const sub = "/subscriptions/00000000-0000-0000-0000-000000000001";
const required = { requireInStack: true };
const current = "/providers/Microsoft.Authorization/policySetDefinitions/de01d381-bae9-4670-8870-786f89f49e26";
const former = "/providers/Microsoft.Authorization/policySetDefinitions/d7c3ea3a-edf3-4bd5-bd64-d5b635b05393";

const pricing = (name: string, pricingName: string, pricingTier: string, scopeId = sub): StackTestResource =>
    ({ name, ...resource(Pricing, { pricingName, pricingTier, scopeId }) });
const assignment = (name: string, policyDefinitionId: string, scope: string = sub): StackTestResource =>
    ({ name, ...resource(PolicyAssignment, { policyAssignmentName: name, scope, policyDefinitionId, location: "westeurope",
        identity: { type: "SystemAssigned" } }) });

testStackPolicy(policy, {
    valid: [
        {
            name: "the plan on Standard and the initiative assigned to the subscription",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Standard"), assignment("sql-ama", current, `${sub}/`)],
        },
        {
            name: "the former initiative, its id in another case",
            config: required,
            resources: [pricing("sqlvm", "sqlservervirtualmachines", "standard"), assignment("sql-ama", former.toUpperCase())],
        },
        {
            name: "the plan on Free, and another plan on Standard: nothing to provision",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Free"), pricing("vm", "VirtualMachines", "Standard")],
        },
    ],
    invalid: [
        {
            name: "the plan on Standard without an assignment",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Standard")],
            violations: [{ resource: "sqlvm", message: "noAutoProvisioning" }],
        },
        {
            name: "another initiative, and the right one at a resource group and at another subscription",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Standard"),
                assignment("other", "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"),
                assignment("rg-level", current, `${sub}/resourceGroups/sql`),
                assignment("elsewhere", current, "/subscriptions/00000000-0000-0000-0000-000000000002")],
            violations: [{ resource: "sqlvm", message: "noAutoProvisioning" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): Defender for Cloud may create the assignment itself",
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Standard")],
        },
        {
            name: "the assignment's definition id is unknown",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", "Standard"), assignment("sql-ama", unknown())],
        },
        {
            name: "the plan's tier is unknown",
            config: required,
            resources: [pricing("sqlvm", "SqlServerVirtualMachines", unknown())],
        },
    ],
});
