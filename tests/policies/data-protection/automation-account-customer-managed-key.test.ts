import { AutomationAccount } from "@pulumi/azure-native/automation";
import policy from "../../../policies/data-protection/automation-account-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Basic" } };
const key = { keyvaultUri: "https://kv-app.vault.azure.net", keyName: "automation" };

testResourcePolicy(policy, {
    valid: [
        { name: "key in Key Vault", resource: resource(AutomationAccount, { ...base,
            encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: key, identity: { userAssignedIdentity: unknown() } } }) },
    ],
    invalid: [
        { name: "unset: Microsoft-managed keys", resource: resource(AutomationAccount, base), messages: ["microsoftManagedKey"] },
        { name: "Microsoft.Automation", resource: resource(AutomationAccount, { ...base, encryption: { keySource: "Microsoft.Automation" } }),
            messages: ["microsoftManagedKey"] },
    ],
    undecided: [
        { name: "key source not yet known", resource: resource(AutomationAccount, { ...base, encryption: { keySource: unknown() } }) },
    ],
});
