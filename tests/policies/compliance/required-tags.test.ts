import { Subnet } from "@pulumi/azure-native/network";
import { ResourceGroup } from "@pulumi/azure-native/resources";
import { StorageAccount } from "@pulumi/azure-native/storage";
import policy from "../../../policies/compliance/required-tags";
import { resource, testResourcePolicy, unknown } from "../../tester";

const account = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
const config = { tags: ["owner", "costCenter"] };

testResourcePolicy(policy, {
    valid: [
        { name: "all tags, names in any case", config, resource: resource(StorageAccount, { ...account, tags: { Owner: "team-payments", costcenter: "cc-4711" } }) },
        { name: "tag values unknown at preview: names are enough", config, resource: resource(ResourceGroup, { tags: { owner: unknown(), costCenter: unknown() } }) },
        { name: "no tags configured", resource: resource(StorageAccount, account) },
        { name: "subnets take no tags", config, resource: resource(Subnet, { resourceGroupName: "rg", virtualNetworkName: "vnet" }) },
    ],
    invalid: [
        {
            name: "one tag missing; values never named",
            config,
            resource: resource(StorageAccount, { ...account, tags: { owner: "team-payments", environment: "production" } }),
            messages: [{ id: "missingTags", data: { missing: ["costCenter"] } }],
        },
        {
            name: "unset: every tag missing",
            config,
            resource: resource(ResourceGroup, {}),
            messages: [{ id: "missingTags", data: { missing: ["owner", "costCenter"] } }],
        },
    ],
    undecided: [
        { name: "tags from another resource", config, resource: resource(StorageAccount, { ...account, tags: unknown() }) },
    ],
});
