import { resourcePolicy } from "../../lib/kit";

/** The server parameter a configuration sets: configurationName, or after an update (outputs carry none) its name. */
const parameterOf = (props: { configurationName?: unknown; name?: unknown }) => props.configurationName ?? props.name;

/** PostgreSQL's spellings of false for a boolean parameter (it takes any case). */
const isOff = (value: unknown) => typeof value === "string" && ["off", "false", "0", "no"].includes(value.trim().toLowerCase());

export default resourcePolicy({
    name: "postgresql-connection-throttling",
    description: "PostgreSQL flexible server parameters keep connection throttling on, so an address with many failed password logins is slowed down.",
    area: "identity-and-access",
    // Medium: it slows password guessing from one address; it does not stop a distributed attack or a leaked password.
    severity: "medium",
    frameworks: { mcsb: ["IM-6"] },
    remediation: "Set connection_throttle.enable to ON with a dbforpostgresql Configuration (configurationName " +
        "connection_throttle.enable, value ON), and do not set it to off. Better still, turn password " +
        "authentication off and sign in with Microsoft Entra ID.",
    messages: {
        throttlingOff: "This configuration sets connection_throttle.enable to off, so repeated failed password logins from one address are not throttled: set it to ON.",
    },
    check: {
        postgresqlConfiguration: (configuration, ctx) => {
            // Judged only where a configuration resource sets the parameter. Source (what it does):
            // https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters
            const parameter = parameterOf(configuration as { configurationName?: unknown; name?: unknown });
            if (typeof parameter === "string" && parameter.trim().toLowerCase() === "connection_throttle.enable"
                && isOff(configuration.value)) {
                ctx.report("throttlingOff");
            }
        },
    },
});
