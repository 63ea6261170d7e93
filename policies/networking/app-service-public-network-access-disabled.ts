import {
    anyOf, ArgsOf, azureResources, catalog, dependsOn, isSettings, listOf, pointerIndex, pointsAt, readKnown, requireInStack,
    sameText, stackPolicy, StackResource,
} from "../../lib/kit";

type Endpoint = StackResource<ArgsOf<"privateEndpoint">>;
const CONNECTIONS = "privateLinkServiceConnections";

const idOf = (connection: unknown) => isSettings(connection) ? connection.privateLinkServiceId : undefined;

/** Is the value unset (null and "" included), which Azure reads as Enabled unless a private endpoint exists? */
const isUnset = (access: unknown) => access === undefined || access === null || access === "";

export default stackPolicy({
    name: "app-service-public-network-access-disabled",
    description: "App Service apps and slots (web, API and function apps) turn off their public endpoint (publicNetworkAccess Disabled), or leave it unset with a private endpoint connected, which closes it.",
    area: "networking",
    severity: "medium",
    // Azure Policy's App Service public network access definitions (1b5ef780, 969ac98b) are not in the MCSB
    // initiative; CIS v6.0.0 Foundations no longer covers App Service.
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Set publicNetworkAccess to \"Disabled\" on the web.WebApp and each web.WebAppSlot and reach the app " +
        "through a network PrivateEndpoint (groupIds [\"sites\"], or [\"sites-<slot>\"] for a slot). Unset means " +
        "Enabled unless a private endpoint is connected. Apps meant for the Internet should sit behind a WAF " +
        "(Front Door or Application Gateway) reaching them privately; if they must stay public, waive this policy " +
        "for them. If another stack deploys the private endpoints, leave requireInStack off.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicAccessEnabled: "publicNetworkAccess is Enabled, so the app answers on its public endpoint: set publicNetworkAccess to Disabled and reach the app through a private endpoint.",
        publicAccessByDefault: "publicNetworkAccess is unset and no private endpoint in this stack connects to the app, so its public endpoint stays open (unset means Enabled unless a private endpoint exists): set publicNetworkAccess to Disabled, or connect a private endpoint.",
    },
    config: {
        requireInStack: requireInStack("a private endpoint for each app or slot that leaves publicNetworkAccess unset"),
    },
    resources: [catalog.webApp, catalog.webAppSlot],
    check: (ctx) => {
        const endpoints = ctx.ofType(catalog.privateEndpoint);
        const peers = azureResources(ctx.resources);
        const candidates = pointerIndex(endpoints, CONNECTIONS, {
            peers, read: (props) => listOf((props as Endpoint["props"])[CONNECTIONS]).map(idOf).join("/"),
        });
        // Does one of the endpoint's automatic connections point at the app? Depending on the app is a yes (its id
        // is unknown at a first preview); else each known connection's id is asked in turn.
        const connects = (endpoint: Endpoint, app: StackResource) => dependsOn(endpoint, CONNECTIONS, app) ||
            anyOf([...listOf(endpoint.props[CONNECTIONS]).keys()], (i) => pointsAt(endpoint, CONNECTIONS, app, catalog.webApp,
                { peers, read: (props) => idOf(listOf((props as Endpoint["props"])[CONNECTIONS])[i]) }));

        // Default: "If you've never configured the setting, the default behavior is to enable access unless a private
        // endpoint exists". Source: https://learn.microsoft.com/azure/app-service/overview-access-restrictions (App
        // access). An app in an App Service Environment (hostingEnvironmentProfile) is reached as the environment
        // exposes it (app-service-environment-internal-load-balancer judges that), so it is left alone here.
        ctx.each(ctx.ofType(catalog.webApp), (app) => {
            const access = app.props.publicNetworkAccess;
            if (sameText(access, "Disabled") || app.props.hostingEnvironmentProfile) {
                return;
            }
            if (!isUnset(access)) {
                ctx.report(app, "publicAccessEnabled");
            } else if (!anyOf(candidates(app, catalog.webApp), (e) => connects(e, app))) {
                ctx.missing(app, "publicAccessByDefault");
            }
        });

        // A slot's private endpoint connects to its app's id with group id "sites-<slot>"; a slot is matched on
        // known values only, and an unknown one leaves it undecided.
        ctx.each(ctx.ofType(catalog.webAppSlot), (slot) => {
            const access = slot.props.publicNetworkAccess;
            if (sameText(access, "Disabled") || slot.props.hostingEnvironmentProfile) {
                return;
            }
            if (!isUnset(access)) {
                ctx.report(slot, "publicAccessEnabled");
                return;
            }
            // Outputs carry the names in the slot's id, not in its inputs.
            const fromId = /\/sites\/([^/]+)\/slots\/([^/]+)$/i.exec(String(readKnown(() => (slot.props as { id?: unknown }).id) ?? ""));
            const appName = fromId?.[1] ?? slot.props.name;
            const group = `sites-${fromId?.[2] ?? slot.props.slot}`;
            const forSlot = endpoints.some((e) => listOf(e.props[CONNECTIONS]).some((c) => isSettings(c) &&
                typeof c.privateLinkServiceId === "string" && typeof appName === "string" &&
                c.privateLinkServiceId.toLowerCase().endsWith(`/providers/microsoft.web/sites/${appName.toLowerCase()}`) &&
                listOf(c.groupIds as string[] | undefined).some((g) => sameText(g, group))));
            if (!forSlot) {
                ctx.missing(slot, "publicAccessByDefault");
            }
        });
    },
});
