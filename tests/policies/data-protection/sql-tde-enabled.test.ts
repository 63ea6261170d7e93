import { TransparentDataEncryption } from "@pulumi/azure-native/sql";
import policy from "../../../policies/data-protection/sql-tde-enabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", serverName: "sqlserver1", databaseName: "orders" };

testResourcePolicy(policy, {
    valid: [
        { name: "enabled", resource: resource(TransparentDataEncryption, { ...base, state: "Enabled" }) },
    ],
    invalid: [
        {
            name: "disabled",
            resource: resource(TransparentDataEncryption, { ...base, state: "Disabled" }),
            messages: ["tdeDisabled"],
        },
    ],
    undecided: [
        { name: "state from another resource", resource: resource(TransparentDataEncryption, { ...base, state: unknown() }) },
    ],
});
