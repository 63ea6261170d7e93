import { ApplicationGateway } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/app-gateway-http2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const gateway = (args: Partial<ConstructorParameters<typeof ApplicationGateway>[1]> = {}) => resource(ApplicationGateway, {
    resourceGroupName: "rg", sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 }, ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "HTTP/2 on", resource: gateway({ enableHttp2: true }) },
    ],
    invalid: [
        { name: "HTTP/2 off", resource: gateway({ enableHttp2: false }), messages: ["http2Off"] },
        { name: "unset: off", resource: gateway(), messages: ["http2Off"] },
    ],
    undecided: [
        { name: "flag from config", resource: gateway({ enableHttp2: unknown() }) },
    ],
});
