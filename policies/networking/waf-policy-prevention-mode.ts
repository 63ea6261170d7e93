import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "waf-policy-prevention-mode",
    description: "Application Gateway WAF policies are enabled and in Prevention mode, so requests that match a rule are blocked, not only logged.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Set policySettings: { state: \"Enabled\", mode: \"Prevention\" } on the network.WebApplicationFirewallPolicy " +
        "(not state Disabled), after tuning exclusions and rule overrides in Detection mode.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        policyDisabled: "policySettings.state is Disabled: the WAF policy inspects nothing on the gateways, listeners or paths it is linked to; set policySettings.state to Enabled.",
        detectionMode: "policySettings.mode is Detection: requests that match a WAF rule are logged and still reach the backend; set policySettings.mode to Prevention.",
        modeUnset: "policySettings.mode is not set, and this policy's config requires Prevention to be set explicitly; set policySettings.mode to Prevention.",
    },
    config: {
        requireExplicitMode: option.boolean({
            default: false,
            description: "Flag a WAF policy without policySettings.mode. Off by default: the mode of a policy created " +
                "without it is not stated in Microsoft.Network's API reference (sources disagree on Detection or " +
                "Prevention); turn it on to make every program state Prevention.",
        }),
    },
    check: {
        webApplicationFirewallPolicy: (policy, ctx) => {
            const settings = policy.policySettings;
            // Default: state Enabled when unset. Source: REST spec Microsoft.Network 2024-05-01, PolicySettings.state
            // (WebApplicationFirewallEnabledState); a policy is created enabled:
            // https://learn.microsoft.com/azure/web-application-firewall/ag/policy-overview
            if (sameText(settings?.state, "Disabled")) {
                ctx.report("policyDisabled");
            }
            // Default: not documented for an unset mode (see the option), so only an explicit Detection is flagged
            // unless requireExplicitMode is on. Detection logs and does not block. Source:
            // https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview#waf-modes
            const mode = settings?.mode;
            if (sameText(mode, "Detection")) {
                ctx.report("detectionMode");
            } else if ((mode === undefined || mode === null) && ctx.config.requireExplicitMode) {
                ctx.report("modeUnset");
            }
        },
    },
});
