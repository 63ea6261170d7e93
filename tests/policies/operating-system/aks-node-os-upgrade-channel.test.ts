import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/operating-system/aks-node-os-upgrade-channel";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (autoUpgradeProfile?: object) => resource(ManagedCluster, { resourceGroupName: "rg", autoUpgradeProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: defaults to NodeImage", resource: cluster() },
        { name: "NodeImage", resource: cluster({ nodeOSUpgradeChannel: "NodeImage" }) },
        { name: "SecurityPatch", resource: cluster({ nodeOSUpgradeChannel: "SecurityPatch", upgradeChannel: "patch" }) },
    ],
    invalid: [
        { name: "None", resource: cluster({ nodeOSUpgradeChannel: "None" }), messages: ["channelNone"] },
        { name: "Unmanaged", resource: cluster({ nodeOSUpgradeChannel: "Unmanaged" }), messages: ["channelUnmanaged"] },
        { name: "unmanaged, any case", resource: cluster({ nodeOSUpgradeChannel: "unmanaged" }), messages: ["channelUnmanaged"] },
    ],
    undecided: [
        { name: "channel from another resource", resource: cluster({ nodeOSUpgradeChannel: unknown() }) },
    ],
});
