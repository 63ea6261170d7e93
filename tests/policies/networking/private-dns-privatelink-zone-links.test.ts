import { PrivateZone, VirtualNetworkLink } from "@pulumi/azure-native/privatedns";
import policy from "../../../policies/networking/private-dns-privatelink-zone-links";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const vnetId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-hub";

const zone = (name: string, zoneName: unknown): StackTestResource => ({
    name, ...resource(PrivateZone, { ...rg, privateZoneName: zoneName as string, location: "global" }),
});
const link = (name: string, zoneName: unknown, registrationEnabled?: unknown): StackTestResource => ({
    name, ...resource(VirtualNetworkLink, {
        ...rg, privateZoneName: zoneName as string, virtualNetworkLinkName: name, location: "global",
        virtualNetwork: { id: vnetId }, registrationEnabled: registrationEnabled as boolean | undefined,
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a privatelink zone linked without auto-registration (the zone's name an output of the zone)",
            config: required,
            resources: [zone("blob", "privatelink.blob.core.windows.net"),
                { ...link("blob-link", unknown(), false), dependsOn: { privateZoneName: ["blob"] } }],
        },
        {
            name: "auto-registration in a zone of your own, and an unlinked zone that is not a Private Link zone",
            config: required,
            resources: [zone("corp", "corp.contoso.internal"), link("corp-link", "corp.contoso.internal", true),
                zone("lab", "lab.contoso.internal")],
        },
    ],
    invalid: [
        {
            name: "a privatelink zone with no link in the stack, with requireInStack",
            config: required,
            resources: [zone("blob", "privatelink.blob.core.windows.net")],
            violations: [{ resource: "blob", message: "zoneUnlinked" }],
        },
        {
            name: "a link to a regional privatelink zone with auto-registration, by the zone's name",
            resources: [zone("acr", "westeurope.privatelink.azurecr.io"), link("acr-link", "westeurope.privatelink.azurecr.io", true)],
            violations: [{ resource: "acr-link", message: "autoRegistration" }],
        },
        {
            name: "auto-registration on a link whose zone name is the privatelink zone's output",
            resources: [zone("kv", "privatelink.vaultcore.azure.net"), zone("corp", "corp.contoso.internal"),
                { ...link("kv-link", unknown(), true), dependsOn: { privateZoneName: ["kv"] } }, link("corp-link", "corp.contoso.internal")],
            violations: [{ resource: "kv-link", message: "autoRegistration" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): the links may live in a hub network's stack",
            resources: [zone("blob", "privatelink.blob.core.windows.net")],
        },
        {
            name: "auto-registration on a link whose zone name is unknown and depends on nothing in the stack",
            resources: [link("link", unknown(), true)],
        },
    ],
});
