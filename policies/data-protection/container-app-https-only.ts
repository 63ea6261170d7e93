import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "container-app-https-only",
    description: "Container Apps ingress redirects plain HTTP to HTTPS instead of serving it.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: "Set configuration.ingress.allowInsecure to false, or leave it unset: it defaults to false.",
    messages: {
        insecureAllowed: "configuration.ingress.allowInsecure is true, so the app serves plain HTTP: set it to false.",
    },
    fix: { containerApp: [{ path: "configuration.ingress.allowInsecure", value: false }] },
    check: {
        containerApp: (app, ctx) => {
            // Default: unset allowInsecure is false (HTTP redirected to HTTPS). Source: REST spec Microsoft.App
            // 2025-02-02-preview, Ingress.allowInsecure default false (azure-native 3.28 fills it in:
            // ingressArgsProvideDefaults).
            if (app.configuration?.ingress?.allowInsecure === true) {
                ctx.report("insecureAllowed");
            }
        },
    },
});
