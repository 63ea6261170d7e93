import { Configuration } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/identity-and-access/postgresql-connection-throttling";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", serverName: "pg-app", source: "user-override" };
const param = (configurationName: unknown, value: unknown) => resource(Configuration, { ...base, configurationName, value } as never);

testResourcePolicy(policy, {
    valid: [
        { name: "throttling on", resource: param("connection_throttle.enable", "on") },
        { name: "throttling ON", resource: param("connection_throttle.enable", "ON") },
        { name: "another parameter off", resource: param("log_statement_stats", "off") },
    ],
    invalid: [
        { name: "throttling off", resource: param("connection_throttle.enable", "off"), messages: ["throttlingOff"] },
        { name: "throttling OFF", resource: param("connection_throttle.enable", "OFF"), messages: ["throttlingOff"] },
    ],
    undecided: [
        { name: "value from config", resource: param("connection_throttle.enable", unknown()) },
    ],
});
