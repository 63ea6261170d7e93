import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "waf-policy-request-body-inspection",
    description: "Application Gateway WAF policies inspect request bodies, so attacks carried in POST, PUT and PATCH payloads meet the managed rules.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-6"], cis: ["7.14"] },
    remediation: "Leave policySettings.requestBodyCheck unset or set it to true on the network.WebApplicationFirewallPolicy " +
        "(optionally with requestBodyEnforcement and requestBodyInspectLimitInKB).",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        bodyCheckOff: "policySettings.requestBodyCheck is false: the WAF does not evaluate request bodies, so SQL injection or cross-site scripting sent in a body passes its managed rules; set policySettings.requestBodyCheck to true.",
    },
    check: {
        webApplicationFirewallPolicy: (policy, ctx) => {
            // Default: request body inspection is on unless turned off. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits
            // (request body inspection is enabled by default, and can be turned off). Only an explicit false is flagged.
            if (policy.policySettings?.requestBodyCheck === false) {
                ctx.report("bodyCheckOff");
            }
        },
    },
});
