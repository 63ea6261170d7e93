import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-waf-policy-request-body-inspection",
    description: "Azure Front Door WAF policies inspect request bodies, so attacks carried in POST, PUT and PATCH payloads meet the managed rules.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Leave policySettings.requestBodyCheck unset or set it to \"Enabled\" (not Disabled) on the frontdoor.Policy.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        bodyCheckOff: "policySettings.requestBodyCheck is Disabled: the managed rules do not evaluate request bodies, so SQL injection or cross-site scripting sent in a body passes them; set policySettings.requestBodyCheck to Enabled.",
    },
    check: {
        frontDoorWafPolicy: (policy, ctx) => {
            // Default: not stated by the API reference (REST spec Microsoft.Network frontdoor 2025-03-01,
            // PolicySettings.requestBodyCheck: Disabled | Enabled, no default), so only an explicit Disabled is
            // flagged. What turning it off does: https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-policy-settings
            // (request body inspection). The CIS request body recommendation (7.14) is
            // for Application Gateway, not Front Door, so no CIS id is claimed.
            if (sameText(policy.policySettings?.requestBodyCheck, "Disabled")) {
                ctx.report("bodyCheckOff");
            }
        },
    },
});
