import { AutomationAccount } from "@pulumi/azure-native/automation";
import policy from "../../../policies/identity-and-access/automation-account-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Basic" } };

testResourcePolicy(policy, {
    valid: [
        { name: "local auth disabled", resource: resource(AutomationAccount, { ...base, disableLocalAuth: true }) },
    ],
    invalid: [
        { name: "unset: local auth on by default", resource: resource(AutomationAccount, base), messages: ["localAuthEnabled"] },
        { name: "false", resource: resource(AutomationAccount, { ...base, disableLocalAuth: false }), messages: ["localAuthEnabled"] },
    ],
    undecided: [
        { name: "from config not yet known", resource: resource(AutomationAccount, { ...base, disableLocalAuth: unknown() }) },
    ],
});
