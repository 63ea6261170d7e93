import { Redis } from "@pulumi/azure-native/redis";
import policy from "../../../policies/data-protection/redis-tls-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Standard", family: "C", capacity: 1 } };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: non-TLS port off and TLS 1.2 by default", resource: resource(Redis, base) },
        { name: "explicit TLS only at 1.2", resource: resource(Redis, { ...base, enableNonSslPort: false, minimumTlsVersion: "1.2" }) },
    ],
    invalid: [
        {
            name: "non-TLS port open",
            resource: resource(Redis, { ...base, enableNonSslPort: true }),
            messages: ["nonTlsPortOpen"],
        },
        {
            name: "non-TLS port open and TLS 1.0",
            resource: resource(Redis, { ...base, enableNonSslPort: true, minimumTlsVersion: "1.0" }),
            messages: ["nonTlsPortOpen", "tlsBelow12"],
        },
    ],
    undecided: [
        { name: "port flag from another resource", resource: resource(Redis, { ...base, enableNonSslPort: unknown() }) },
    ],
});
