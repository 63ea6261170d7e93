import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "app-service-environment-internal-load-balancer",
    description: "App Service Environments serve both their apps and their publishing (SCM, FTP) endpoints on an internal load balancer in the virtual network (internalLoadBalancingMode \"Web, Publishing\").",
    area: "networking",
    severity: "medium",
    // No CIS v6.0.0 Foundations recommendation or MCSB definition covers App Service Environments' load balancer.
    frameworks: { mcsb: ["NS-1", "NS-2"] },
    remediation: "Set internalLoadBalancingMode to \"Web, Publishing\" so the environment's apps and their SCM/FTP " +
        "endpoints get a private address in its subnet, and publish apps meant for the Internet through Application " +
        "Gateway or Front Door with a WAF. The mode is set at creation: changing it replaces the environment.",
    messages: {
        externalEndpoints: "internalLoadBalancingMode is not \"Web, Publishing\" (unset means None), so the environment serves its apps or their publishing endpoints on a public address: set it to \"Web, Publishing\".",
    },
    check: {
        appServiceEnvironment: (ase, ctx) => {
            // Default: an unset internalLoadBalancingMode is None, an External environment with a public virtual IP
            // for both the apps and publishing; "Web" or "Publishing" alone keeps the other public. Source:
            // https://learn.microsoft.com/azure/app-service/environment/networking (External and internal
            // environments) and the Microsoft.Web LoadBalancingMode enum (None, Web, Publishing, "Web, Publishing").
            const mode = ase.internalLoadBalancingMode;
            const parts = typeof mode === "string" ? mode.split(",").map((m) => m.trim()) : [];
            const internal = ["Web", "Publishing"].every((m) => parts.some((p) => sameText(p, m)));
            if (!internal) {
                ctx.report("externalEndpoints");
            }
        },
    },
});
