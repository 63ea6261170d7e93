import { Configuration } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/data-protection/postgresql-secure-transport-parameters";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", serverName: "pg-app", source: "user-override" };
const param = (configurationName: unknown, value: unknown) => resource(Configuration, { ...base, configurationName, value } as never);

testResourcePolicy(policy, {
    valid: [
        { name: "require_secure_transport ON", resource: param("require_secure_transport", "ON") },
        { name: "ssl_min_protocol_version TLSv1.3", resource: param("ssl_min_protocol_version", "TLSv1.3") },
        { name: "ssl_min_protocol_version TLSv1.2", resource: param("ssl_min_protocol_version", "TLSv1.2") },
        { name: "another parameter set to off", resource: param("log_statement_stats", "off") },
        { name: "another parameter, value from config", resource: param("work_mem", unknown()) },
    ],
    invalid: [
        { name: "require_secure_transport off", resource: param("require_secure_transport", "off"), messages: ["secureTransportOff"] },
        { name: "require_secure_transport OFF, upper case", resource: param("require_secure_transport", "OFF"), messages: ["secureTransportOff"] },
        { name: "ssl_min_protocol_version TLSv1.1", resource: param("ssl_min_protocol_version", "TLSv1.1"), messages: ["oldTlsAllowed"] },
        { name: "ssl_min_protocol_version TLSv1", resource: param("ssl_min_protocol_version", "TLSv1"), messages: ["oldTlsAllowed"] },
    ],
    undecided: [
        { name: "require_secure_transport, value from config", resource: param("require_secure_transport", unknown()) },
    ],
});
