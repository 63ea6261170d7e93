import { resourcePolicy } from "../../lib/kit";

/** The server parameter a configuration sets: configurationName, or after an update (outputs carry none) its name. */
const parameterOf = (props: { configurationName?: unknown; name?: unknown }) => props.configurationName ?? props.name;

/** PostgreSQL's spellings of false for a boolean parameter (it takes any case). */
const isOff = (value: unknown) => typeof value === "string" && ["off", "false", "0", "no"].includes(value.trim().toLowerCase());

/** TLS versions below 1.2, as ssl_min_protocol_version spells them. */
const oldTls = ["tlsv1", "tlsv1.0", "tlsv1.1"];

export default resourcePolicy({
    name: "postgresql-secure-transport-parameters",
    description: "PostgreSQL flexible server parameters keep client connections on TLS 1.2 or later: require_secure_transport stays on and ssl_min_protocol_version is not lowered below TLSv1.2.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Do not set require_secure_transport to off: leave it at its default ON, or set it to ON. Set " +
        "ssl_min_protocol_version to TLSv1.2 or TLSv1.3 (the default is TLSv1.2), not TLSv1 or TLSv1.1. A " +
        "dbforpostgresql Configuration with configurationName and value sets one server parameter.",
    messages: {
        secureTransportOff: "This configuration sets require_secure_transport to off, so clients may connect without TLS and send credentials and data in the clear: set it to ON or remove the configuration.",
        oldTlsAllowed: "This configuration sets ssl_min_protocol_version below TLSv1.2, so clients may use TLS 1.0 or 1.1: set it to TLSv1.2 or TLSv1.3.",
    },
    // The value the parameter's default has: TLS required, at 1.2 or newer.
    fix: {
        postgresqlConfiguration: (configuration) => {
            const parameter = parameterOf(configuration as { configurationName?: unknown; name?: unknown });
            const name = typeof parameter === "string" ? parameter.trim().toLowerCase() : "";
            return name === "require_secure_transport" ? [{ path: "value", value: "ON" }]
                : name === "ssl_min_protocol_version" ? [{ path: "value", value: "TLSv1.2" }] : [];
        },
    },
    check: {
        postgresqlConfiguration: (configuration, ctx) => {
            // Defaults: require_secure_transport ON and ssl_min_protocol_version TLSv1.2; a configuration resource
            // changes one parameter from its default. Source:
            // https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-connect-tls-ssl
            const parameter = parameterOf(configuration as { configurationName?: unknown; name?: unknown });
            if (typeof parameter !== "string") {
                return;
            }
            switch (parameter.trim().toLowerCase()) {
                case "require_secure_transport":
                    if (isOff(configuration.value)) {
                        ctx.report("secureTransportOff");
                    }
                    break;
                case "ssl_min_protocol_version":
                    if (typeof configuration.value === "string" && oldTls.includes(configuration.value.trim().toLowerCase())) {
                        ctx.report("oldTlsAllowed");
                    }
                    break;
            }
        },
    },
});
