import { PrivateEndpoint } from "@pulumi/azure-native/network";
import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/networking/app-service-public-network-access-disabled";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const providers = "/subscriptions/s/resourceGroups/rg/providers";
const subnet = { id: `${providers}/Microsoft.Network/virtualNetworks/vnet/subnets/endpoints` };
const required = { requireInStack: true };

const app = (name: string, extra: object = {}): StackTestResource => ({ name, ...resource(WebApp, { ...rg, name, ...extra }) });
const slot = (name: string, extra: object = {}): StackTestResource =>
    ({ name: `${name}-staging`, ...resource(WebAppSlot, { ...rg, name, slot: "staging", ...extra }) });
const endpoint = (name: string, privateLinkServiceId: string, groupIds = ["sites"], dependsOn?: string[]): StackTestResource => ({
    name, ...resource(PrivateEndpoint, { ...rg, subnet, privateLinkServiceConnections: [{ name: `${name}-c`, privateLinkServiceId, groupIds }] }),
    ...(dependsOn ? { dependsOn: { privateLinkServiceConnections: dependsOn } } : {}),
});

testStackPolicy(policy, {
    valid: [
        { name: "Disabled", config: required, resources: [app("web", { publicNetworkAccess: "Disabled" })] },
        { name: "Disabled, lower case", config: required, resources: [app("web", { publicNetworkAccess: "disabled" })] },
        {
            name: "unset with a private endpoint to the app (known id)",
            config: required,
            resources: [app("web"), endpoint("web-pe", `${providers}/Microsoft.Web/sites/web`)],
        },
        {
            name: "unset with a private endpoint depending on the app (first preview)",
            config: required,
            resources: [app("web"), endpoint("web-pe", unknown(), ["sites"], ["web"])],
        },
        {
            name: "a slot with its own private endpoint",
            config: required,
            resources: [slot("web"), endpoint("slot-pe", `${providers}/Microsoft.Web/sites/web`, ["sites-staging"])],
        },
        {
            name: "an app in an App Service Environment",
            config: required,
            resources: [app("web", { hostingEnvironmentProfile: { id: `${providers}/Microsoft.Web/hostingEnvironments/ase` } })],
        },
    ],
    invalid: [
        {
            name: "Enabled",
            resources: [app("web", { publicNetworkAccess: "Enabled" })],
            violations: [{ resource: "web", message: "publicAccessEnabled" }],
        },
        {
            name: "Enabled despite a private endpoint",
            resources: [app("web", { publicNetworkAccess: "Enabled" }), endpoint("web-pe", `${providers}/Microsoft.Web/sites/web`)],
            violations: [{ resource: "web", message: "publicAccessEnabled" }],
        },
        {
            name: "Enabled on a slot",
            resources: [slot("web", { publicNetworkAccess: "Enabled" })],
            violations: [{ resource: "web-staging", message: "publicAccessEnabled" }],
        },
        {
            name: "unset, no private endpoint, requireInStack on",
            config: required,
            resources: [app("web", { publicNetworkAccess: "" })],
            violations: [{ resource: "web", message: "publicAccessByDefault" }],
        },
        {
            name: "unset, the endpoint connects to another app",
            config: required,
            resources: [app("web"), app("other"), endpoint("pe", `${providers}/Microsoft.Web/sites/other`)],
            violations: [{ resource: "web", message: "publicAccessByDefault" }],
        },
        {
            name: "a slot whose app has an endpoint, but not the slot",
            config: required,
            resources: [slot("web"), endpoint("web-pe", `${providers}/Microsoft.Web/sites/web`)],
            violations: [{ resource: "web-staging", message: "publicAccessByDefault" }],
        },
    ],
    undecided: [
        { name: "unset, no endpoint, requireInStack off: another stack may connect one", resources: [app("web")] },
        { name: "access from another resource", resources: [app("web", { publicNetworkAccess: unknown() })] },
        {
            name: "unset, the endpoint's id is unknown and depends on nothing",
            config: required,
            resources: [app("web"), endpoint("pe", unknown())],
        },
    ],
});
