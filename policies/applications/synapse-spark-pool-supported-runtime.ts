import { option, resourcePolicy } from "../../lib/kit";

/** major.minor of a Spark version string ("3.4", "3.4.1"), or undefined when it is not one. */
function versionOf(value: unknown): [number, number] | undefined {
    const m = typeof value === "string" ? /^\s*(\d+)\.(\d+)/.exec(value) : null;
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}

const older = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

export default resourcePolicy({
    name: "synapse-spark-pool-supported-runtime",
    description: "Synapse Spark pools run a supported Azure Synapse Runtime for Apache Spark, one that still receives security updates.",
    area: "applications",
    // Medium: an unsupported runtime keeps its known vulnerabilities (Spark, Java, Python, the OS image) unpatched.
    severity: "medium",
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set sparkVersion to 3.5 (the supported Azure Synapse Runtime; 2.4, 3.1, 3.2, 3.3 and 3.4 are out " +
        "of support, 3.4 since March 31, 2026) and test the pool's libraries and notebooks on it. Raise the option " +
        "minimumSparkVersion when a runtime leaves support.",
    messages: {
        unsupportedRuntime: "sparkVersion names a runtime older than {{config.minimumSparkVersion}}, which no longer receives security updates: move the pool to a supported runtime.",
    },
    config: {
        minimumSparkVersion: option.oneOf(["3.3", "3.4", "3.5"], {
            default: "3.5",
            description: "The oldest Azure Synapse Runtime for Apache Spark accepted. 3.5 by default: 3.4 reached end " +
                "of support on March 31, 2026 " +
                "(https://learn.microsoft.com/azure/synapse-analytics/spark/apache-spark-34-runtime). Lower it only " +
                "for the time a migration takes.",
        }),
    },
    check: {
        synapseSparkPool: (pool, ctx) => {
            // Runtime support dates: https://learn.microsoft.com/azure/synapse-analytics/spark/runtime-for-apache-spark-lifecycle-and-supportability
            // An unset sparkVersion is not judged: the inputs do not say which runtime Azure then chooses.
            const version = versionOf(pool.sparkVersion);
            const minimum = versionOf(ctx.config.minimumSparkVersion);
            if (version && minimum && older(version, minimum)) {
                ctx.report("unsupportedRuntime");
            }
        },
    },
});
