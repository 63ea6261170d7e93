import { ManagedInstance } from "@pulumi/azure-native/sql";
import policy from "../../../policies/data-protection/sql-managed-instance-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", managedInstanceName: "mi-orders", subnetId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/mi" };

testResourcePolicy(policy, {
    valid: [
        {
            name: "customer-managed key",
            resource: resource(ManagedInstance, { ...base, keyId: "https://kv-orders.vault.azure.net/keys/tde/0123456789abcdef", identity: { type: "SystemAssigned" } }),
        },
    ],
    invalid: [
        { name: "unset: service-managed key", resource: resource(ManagedInstance, base), messages: ["instanceKeyMissing"] },
        { name: "empty key URI", resource: resource(ManagedInstance, { ...base, keyId: "" }), messages: ["instanceKeyMissing"] },
    ],
    undecided: [
        { name: "key URI from a Key Vault key not created yet", resource: resource(ManagedInstance, { ...base, keyId: unknown() }) },
    ],
});
