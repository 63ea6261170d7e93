import { option, resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "front-door-waf-policy-prevention-mode",
    description: "Azure Front Door WAF policies are enabled and in Prevention mode, so requests that match a rule are blocked, not only logged.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"] },
    remediation: "Set policySettings: { enabledState: \"Enabled\", mode: \"Prevention\" } on the frontdoor.Policy (not " +
        "enabledState Disabled), after tuning exclusions and rule overrides in Detection mode.",
    noFix: "a WAF that blocks, or inspects more, can refuse legitimate requests until its rules are tuned; run it in detection first",
    messages: {
        policyDisabled: "policySettings.enabledState is Disabled: WAF inspection is paused and requests to the Front Door domains this policy is linked to bypass it; set policySettings.enabledState to Enabled.",
        detectionMode: "policySettings.mode is Detection: requests that match a WAF rule are logged and still reach the origin; set policySettings.mode to Prevention.",
        modeUnset: "policySettings.mode is not set, and this policy's config requires Prevention to be set explicitly; set policySettings.mode to Prevention.",
    },
    config: {
        requireExplicitMode: option.boolean({
            default: false,
            description: "Flag a Front Door WAF policy without policySettings.mode. Off by default: Microsoft.Network's " +
                "API reference states no default for the mode (the portal proposes Prevention, templates often " +
                "Detection); turn it on to make every program state Prevention.",
        }),
    },
    check: {
        frontDoorWafPolicy: (policy, ctx) => {
            const settings = policy.policySettings;
            // Default: enabledState Enabled when unset. Source: azure-native 3.28 PolicySettingsArgs.enabledState
            // ("Defaults to Enabled if not specified"); REST spec Microsoft.Network frontdoor 2025-03-01,
            // PolicySettings.enabledState. Disabled pauses inspection:
            // https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-policy-settings
            if (sameText(settings?.enabledState, "Disabled")) {
                ctx.report("policyDisabled");
            }
            // Default: none stated for an unset mode (see the option), so only an explicit Detection is flagged
            // unless requireExplicitMode is on. Detection logs and takes no action. Source: same page (WAF mode).
            const mode = settings?.mode;
            if (sameText(mode, "Detection")) {
                ctx.report("detectionMode");
            } else if ((mode === undefined || mode === null) && ctx.config.requireExplicitMode) {
                ctx.report("modeUnset");
            }
        },
    },
});
