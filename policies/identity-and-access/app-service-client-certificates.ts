import { CheckContext, PropsOf, resourcePolicy, sameText } from "../../lib/kit";

const messages = {
    clientCertsOff: "clientCertEnabled is not true (unset means false), so the app accepts TLS connections without a client certificate: set clientCertEnabled to true and clientCertMode to Required.",
    clientCertsOptional: "clientCertMode lets clients without a certificate in: set clientCertMode to Required.",
} as const;

/** An app's or a slot's inputs (the same client certificate inputs on both). */
function checkClientCerts(app: Pick<PropsOf<"webApp">, "clientCertEnabled" | "clientCertMode">, ctx: CheckContext<typeof messages>): void {
    // Default: clientCertEnabled unset is false (client certificates are ignored); with it true, an unset
    // clientCertMode is Required. Source: https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth
    // (client certificate modes; "Ignore" when disabled) and the azure-native ClientCertMode enum doc.
    if (app.clientCertEnabled !== true) {
        ctx.report("clientCertsOff");
        return;
    }
    const mode = app.clientCertMode;
    if (mode !== undefined && mode !== null && !sameText(mode, "Required")) {
        ctx.report("clientCertsOptional");
    }
}

export default resourcePolicy({
    name: "app-service-client-certificates",
    description: "App Service apps and slots require a client certificate on every incoming TLS connection (clientCertEnabled true, clientCertMode Required).",
    area: "identity-and-access",
    severity: "medium",
    // Azure Policy's MCSB definitions on client certificates (19dd1db6, ab6a902f) also pass an app with HTTP/2 on,
    // so they are claimed by app-service-http2, not here. CIS v6.0.0 Foundations no longer covers App Service.
    frameworks: { mcsb: ["IM-4"] },
    remediation: "Set clientCertEnabled to true and clientCertMode to \"Required\" (its default once enabled), and " +
        "validate the certificate in the app (App Service only passes it on, in the X-ARR-ClientCert header). Paths " +
        "that must stay open can be listed in clientCertExclusionPaths. For a public site whose users have no " +
        "certificates, waive this policy for it.",
    noFix: "clients that present no certificate would be refused",
    messages,
    check: {
        webApp: (app, ctx) => checkClientCerts(app, ctx),
        webAppSlot: (slot, ctx) => checkClientCerts(slot, ctx),
    },
});
