import { Configuration } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/monitoring-and-logging/postgresql-logging-parameters";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", serverName: "pg-app", source: "user-override" };
const param = (configurationName: unknown, value: unknown) => resource(Configuration, { ...base, configurationName, value } as never);

testResourcePolicy(policy, {
    valid: [
        { name: "log_connections on", resource: param("log_connections", "on") },
        { name: "log_disconnections ON", resource: param("log_disconnections", "ON") },
        { name: "log_checkpoints on", resource: param("log_checkpoints", "on") },
        { name: "retention of 7 days", resource: param("logfiles.retention_days", "7") },
        { name: "retention of 4 days", resource: param("logfiles.retention_days", "4") },
        { name: "a lower minimum in config", resource: param("logfiles.retention_days", "2"), config: { minimumRetentionDays: 2 } },
        { name: "another parameter off", resource: param("log_statement_stats", "off") },
    ],
    invalid: [
        { name: "log_checkpoints off", resource: param("log_checkpoints", "off"), messages: ["checkpointsOff"] },
        { name: "log_connections OFF", resource: param("log_connections", "OFF"), messages: ["connectionsOff"] },
        { name: "log_disconnections false", resource: param("log_disconnections", "false"), messages: ["disconnectionsOff"] },
        { name: "retention of 3 days (the default)", resource: param("logfiles.retention_days", "3"), messages: ["retentionTooShort"] },
        { name: "retention of 1 day", resource: param("logfiles.retention_days", "1"), messages: ["retentionTooShort"] },
    ],
    undecided: [
        { name: "log_connections, value from config", resource: param("log_connections", unknown()) },
        { name: "retention from config", resource: param("logfiles.retention_days", unknown()) },
    ],
});
