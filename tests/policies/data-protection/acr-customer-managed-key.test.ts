import { Registry } from "@pulumi/azure-native/containerregistry";
import policy from "../../../policies/data-protection/acr-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Premium" } };
const keyVaultProperties = { keyIdentifier: "https://contoso-vault.vault.azure.net/keys/acr-cmk", identity: "00000000-0000-0000-0000-000000000001" };

testResourcePolicy(policy, {
    valid: [
        { name: "customer-managed key", resource: resource(Registry, { ...base, encryption: { status: "enabled", keyVaultProperties } }) },
        { name: "status in another case", resource: resource(Registry, { ...base, encryption: { status: "Enabled", keyVaultProperties } }) },
    ],
    invalid: [
        { name: "unset: service-managed keys", resource: resource(Registry, base), messages: ["serviceManagedKey"] },
        { name: "disabled", resource: resource(Registry, { ...base, encryption: { status: "disabled" } }), messages: ["serviceManagedKey"] },
        { name: "key given but status unset", resource: resource(Registry, { ...base, encryption: { keyVaultProperties } }), messages: ["serviceManagedKey"] },
    ],
    undecided: [
        { name: "encryption from another resource", resource: resource(Registry, { ...base, encryption: unknown() }) },
    ],
});
