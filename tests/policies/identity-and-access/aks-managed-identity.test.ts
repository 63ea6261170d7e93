import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/identity-and-access/aks-managed-identity";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
const sp = { clientId: "00000000-0000-0000-0000-000000000001", secret: "s3cr3t-value" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset identity and no service principal: system-assigned by default", resource: resource(ManagedCluster, base) },
        { name: "SystemAssigned", resource: resource(ManagedCluster, { ...base, identity: { type: "SystemAssigned" } }) },
        { name: "UserAssigned", resource: resource(ManagedCluster, { ...base, identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id"] } }) },
        { name: "clientId msi marks a managed-identity cluster", resource: resource(ManagedCluster, { ...base, servicePrincipalProfile: { clientId: "msi" } }) },
        { name: "managed identity alongside a leftover service principal profile", resource: resource(ManagedCluster, { ...base, identity: { type: "SystemAssigned" }, servicePrincipalProfile: sp }) },
    ],
    invalid: [
        { name: "service principal with a secret, no identity", resource: resource(ManagedCluster, { ...base, servicePrincipalProfile: sp }), messages: ["servicePrincipal"] },
        { name: "identity object without a type, service principal", resource: resource(ManagedCluster, { ...base, identity: {}, servicePrincipalProfile: sp }), messages: ["servicePrincipal"] },
        { name: "identity type None", resource: resource(ManagedCluster, { ...base, identity: { type: "None" }, servicePrincipalProfile: sp }), messages: ["identityNone"] },
        { name: "identity type none, any case", resource: resource(ManagedCluster, { ...base, identity: { type: "none" as "None" } }), messages: ["identityNone"] },
    ],
    undecided: [
        { name: "identity type from another resource", resource: resource(ManagedCluster, { ...base, identity: { type: unknown() } }) },
        { name: "service principal client id from another resource", resource: resource(ManagedCluster, { ...base, servicePrincipalProfile: { clientId: unknown(), secret: unknown() } }) },
    ],
});
