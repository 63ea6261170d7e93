import { Server } from "@pulumi/azure-native/sql";
import policy from "../../../policies/networking/sql-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const perimeter = resource(Server, { ...base, publicNetworkAccess: "SecuredByPerimeter" });

testResourcePolicy(policy, {
    valid: [
        { name: "public network access disabled", resource: resource(Server, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "case-insensitive", resource: resource(Server, { ...base, publicNetworkAccess: "disabled" }) },
        { name: "network security perimeter, accepted by config", resource: perimeter, config: { allowSecuredByPerimeter: true } },
    ],
    invalid: [
        { name: "unset: Enabled by default", resource: resource(Server, base), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(Server, { ...base, publicNetworkAccess: "Enabled", minimalTlsVersion: "1.2" }), messages: ["publicAccessEnabled"] },
        { name: "Enabled, even when perimeters are accepted", resource: resource(Server, { ...base, publicNetworkAccess: "Enabled" }), config: { allowSecuredByPerimeter: true }, messages: ["publicAccessEnabled"] },
        { name: "network security perimeter: the definition flags it (default)", resource: perimeter, messages: ["perimeterNotAccepted"] },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Server, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
