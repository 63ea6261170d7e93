import { readKnown, resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "app-gateway-waf-enabled",
    description: "Application Gateways inspect traffic with a Web Application Firewall: a linked WAF policy, or the WAF configuration enabled.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-6"], cis: ["7.10"], azurePolicy: ["564feb30-bf6a-4854-b4bb-0d2d2d1e6c66"] },
    remediation: "Use the WAF_v2 SKU and link a WAF policy (network.WebApplicationFirewallPolicy) through firewallPolicy.id, " +
        "or, on a gateway without one, set webApplicationFirewallConfiguration with enabled: true.",
    messages: {
        wafMissing: "Neither firewallPolicy.id nor webApplicationFirewallConfiguration is set, so no Web Application Firewall inspects the gateway's traffic: link a WAF policy through firewallPolicy.id.",
        wafDisabled: "webApplicationFirewallConfiguration.enabled is false and no firewallPolicy.id is set, so the Web Application Firewall is off: link a WAF policy through firewallPolicy.id or set enabled to true.",
    },
    check: {
        applicationGateway: (gateway, ctx) => {
            // A linked WAF policy (firewallPolicy) takes precedence over the inline configuration, so either one
            // enabled is enough. Default: neither set means no WAF at all. Source: learn.microsoft.com/azure/
            // web-application-firewall/ag/policy-overview; REST spec Microsoft.Network 2024-05-01,
            // ApplicationGatewayPropertiesFormat.firewallPolicy / webApplicationFirewallConfiguration.
            if (readKnown(() => gateway.webApplicationFirewallConfiguration?.enabled) === true) {
                return;
            }
            const linked = gateway.firewallPolicy?.id;
            if (typeof linked === "string" && linked.trim() !== "") {
                return;
            }
            const waf = gateway.webApplicationFirewallConfiguration;
            if (waf === undefined || waf === null) {
                ctx.report("wafMissing");
            } else if (waf.enabled !== true) {
                ctx.report("wafDisabled");
            }
        },
    },
});
