import { Workspace } from "@pulumi/azure-native/operationalinsights";
import policy from "../../../policies/compliance/log-analytics-retention";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "PerGB2018" } };

testResourcePolicy(policy, {
    valid: [
        { name: "90 days", resource: resource(Workspace, { ...base, retentionInDays: 90 }) },
        { name: "two years", resource: resource(Workspace, { ...base, retentionInDays: 730 }) },
        { name: "unset (30 days) with a configured minimum of 30", config: { minimumDays: 30 }, resource: resource(Workspace, base) },
    ],
    invalid: [
        {
            name: "unset: defaults to 30 days",
            resource: resource(Workspace, base),
            messages: ["retentionTooShort"],
        },
        {
            name: "shorter than a configured minimum",
            config: { minimumDays: 365 },
            resource: resource(Workspace, { ...base, retentionInDays: 180 }),
            messages: ["retentionTooShort"],
        },
    ],
    undecided: [
        { name: "retention from config", resource: resource(Workspace, { ...base, retentionInDays: unknown() }) },
    ],
});
