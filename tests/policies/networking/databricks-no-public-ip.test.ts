import { Workspace } from "@pulumi/azure-native/databricks";
import policy from "../../../policies/networking/databricks-no-public-ip";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "premium" } };

testResourcePolicy(policy, {
    valid: [
        { name: "no public IP", resource: resource(Workspace, { ...base, parameters: { enableNoPublicIp: { value: true } } }) },
        { name: "unset: true since API 2024-05-01", resource: resource(Workspace, base) },
    ],
    invalid: [
        {
            name: "public IPs on cluster nodes",
            resource: resource(Workspace, { ...base, parameters: { enableNoPublicIp: { value: false } } }),
            messages: ["publicIpEnabled"],
        },
    ],
    undecided: [
        { name: "value from another resource", resource: resource(Workspace, { ...base, parameters: { enableNoPublicIp: { value: unknown() } } }) },
    ],
});
