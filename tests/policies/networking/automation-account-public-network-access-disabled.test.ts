import { AutomationAccount } from "@pulumi/azure-native/automation";
import policy from "../../../policies/networking/automation-account-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Basic" } };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access off", resource: resource(AutomationAccount, { ...base, publicNetworkAccess: false }) },
    ],
    invalid: [
        { name: "unset: public by default", resource: resource(AutomationAccount, base), messages: ["publicAccessEnabled"] },
        { name: "true", resource: resource(AutomationAccount, { ...base, publicNetworkAccess: true }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "from config not yet known", resource: resource(AutomationAccount, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
