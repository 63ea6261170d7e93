import { internetWideOption, rangeRuleIs, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "redis-firewall-no-internet",
    description: "Azure Cache for Redis firewall rules admit specific address ranges, none so wide that it opens the cache to the whole Internet.",
    area: "networking",
    // Critical: a data service reachable from (nearly) every address on the Internet is what breaches are made of;
    // the model lowers it one step where network controls are shared (PaaS), which keeps it mandatory.
    severity: "critical",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Narrow each redis.FirewallRule's startIP and endIP to the clients' own public addresses, or remove the" +
        " rule and set the cache's publicNetworkAccess to Disabled and connect through a private endpoint. The " +
        "option internetWideAddresses sets how wide a range may be (default 2^24 addresses, a /8).",
    messages: {
        internetWide: "startIP to endIP covers at least {{config.internetWideAddresses}} addresses, which opens the cache to most of the Internet: narrow the range to the clients' own addresses, or reach the cache through a private endpoint instead.",
    },
    config: { internetWideAddresses: internetWideOption() },
    check: {
        redisFirewallRule: (rule, ctx) => {
            // Redis has no "allow Azure services" marker: 0.0.0.0 is one address like any other, never Internet-wide.
            // Either input may be unknown at preview: the known one decides only when it settles the question (a start
            // of 255.255.255.0 leaves at most 256 addresses); an input that is unset or not an IPv4 address makes a rule
            // Azure rejects, which opens nothing.
            const reading = { internetWideAddresses: ctx.config.internetWideAddresses, azureServicesMarker: false };
            if (rangeRuleIs("internetWide", () => rule.startIP, () => rule.endIP, reading)) {
                ctx.report("internetWide");
            }
        },
    },
});
