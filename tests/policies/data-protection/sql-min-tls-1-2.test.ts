import { Server } from "@pulumi/azure-native/sql";
import policy from "../../../policies/data-protection/sql-min-tls-1-2";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "1.2", resource: resource(Server, { ...base, minimalTlsVersion: "1.2" }) },
        { name: "1.3", resource: resource(Server, { ...base, minimalTlsVersion: "1.3" }) },
        { name: "unset: a blank minimum is TLS 1.2 since 15 July 2026", resource: resource(Server, base) },
    ],
    invalid: [
        {
            name: "None",
            resource: resource(Server, { ...base, minimalTlsVersion: "None" }),
            messages: ["tlsBelow12"],
        },
        {
            name: "1.1",
            resource: resource(Server, { ...base, minimalTlsVersion: "1.1" }),
            messages: ["tlsBelow12"],
        },
    ],
    undecided: [
        { name: "version from another resource", resource: resource(Server, { ...base, minimalTlsVersion: unknown() }) },
    ],
});
