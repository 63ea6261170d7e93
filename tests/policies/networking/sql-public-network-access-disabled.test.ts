import { Server } from "@pulumi/azure-native/sql";
import policy from "../../../policies/networking/sql-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Server, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "case-insensitive", resource: resource(Server, { ...base, publicNetworkAccess: "disabled" }) },
        { name: "secured by a network security perimeter", resource: resource(Server, { ...base, publicNetworkAccess: "SecuredByPerimeter" }) },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Server, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Server, { ...base, publicNetworkAccess: "Enabled", minimalTlsVersion: "1.2" }), messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Server, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
