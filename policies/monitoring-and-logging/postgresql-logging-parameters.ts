import { option, resourcePolicy } from "../../lib/kit";

/** The server parameter a configuration sets: configurationName, or after an update (outputs carry none) its name. */
const parameterOf = (props: { configurationName?: unknown; name?: unknown }) => props.configurationName ?? props.name;

/** PostgreSQL's spellings of false for a boolean parameter (it takes any case). */
const isOff = (value: unknown) => typeof value === "string" && ["off", "false", "0", "no"].includes(value.trim().toLowerCase());

const switches = {
    log_checkpoints: "checkpointsOff",
    log_connections: "connectionsOff",
    log_disconnections: "disconnectionsOff",
} as const;

export default resourcePolicy({
    name: "postgresql-logging-parameters",
    description: "PostgreSQL flexible server parameters keep checkpoints, connections and disconnections logged, and keep server log files for more than three days.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-3"] },
    remediation: "Do not set log_checkpoints, log_connections or log_disconnections to off: set each to ON. Set " +
        "logfiles.retention_days to 4 or more (up to 7; the default is 3). A dbforpostgresql Configuration with " +
        "configurationName and value sets one server parameter. Send the PostgreSQL server logs to Log Analytics " +
        "with a diagnostic setting for longer retention.",
    messages: {
        checkpointsOff: "This configuration sets log_checkpoints to off, so checkpoints are not logged: set it to ON.",
        connectionsOff: "This configuration sets log_connections to off, so connection attempts, failed ones included, are not logged: set it to ON.",
        disconnectionsOff: "This configuration sets log_disconnections to off, so session ends and durations are not logged: set it to ON.",
        retentionTooShort: "This configuration keeps server log files for fewer days (logfiles.retention_days) than this policy's minimum of {{config.minimumRetentionDays}}: raise it.",
    },
    config: {
        minimumRetentionDays: option.integer({
            default: 4,
            minimum: 1,
            maximum: 7,
            description: "The least logfiles.retention_days a configuration may set. 4 by default: the CIS benchmark asks " +
                "for more than 3 days; Azure accepts 1 to 7.",
        }),
    },
    // Turns the logging switch back on, or raises the retention to the minimum.
    fix: {
        postgresqlConfiguration: (configuration, config) => {
            const parameter = parameterOf(configuration as { configurationName?: unknown; name?: unknown });
            const name = typeof parameter === "string" ? parameter.trim().toLowerCase() : "";
            return Object.prototype.hasOwnProperty.call(switches, name) ? [{ path: "value", value: "ON" }]
                : name === "logfiles.retention_days" ? [{ path: "value", value: String(config.minimumRetentionDays) }] : [];
        },
    },
    check: {
        postgresqlConfiguration: (configuration, ctx) => {
            // Each parameter is judged only where a configuration resource sets it: a server without one keeps
            // Azure's default for its version. Source:
            // https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters
            const parameter = parameterOf(configuration as { configurationName?: unknown; name?: unknown });
            if (typeof parameter !== "string") {
                return;
            }
            const name = parameter.trim().toLowerCase();
            if (Object.prototype.hasOwnProperty.call(switches, name)) {
                if (isOff(configuration.value)) {
                    ctx.report(switches[name as keyof typeof switches]);
                }
            } else if (name === "logfiles.retention_days" && typeof configuration.value === "string") {
                const days = Number(configuration.value.trim());
                if (Number.isFinite(days) && days < ctx.config.minimumRetentionDays) {
                    ctx.report("retentionTooShort");
                }
            }
        },
    },
});
