import {
    anyOf, type ArgsOf, cannotTell, catalog, namesTarget, readKnown, requireInStack, stackPolicy, type StackResource,
} from "../../lib/kit";

/**
 * A zone of Private Link's DNS integration: `privatelink.blob.core.windows.net`, `privatelink.westeurope.azmk8s.io`,
 * `<region>.privatelink.azurecr.io`. Source: https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
const privateLinkZone = /(^|\.)privatelink\./i;

/** A zone's name: its name input, or `name` in outputs (which leave the input out). Throws if unknown. */
function zoneName(zone: StackResource<ArgsOf<"privateDnsZone">>): unknown {
    return zone.props.privateZoneName ?? (zone.props as { name?: unknown }).name;
}

export default stackPolicy({
    name: "private-dns-privatelink-zone-links",
    description: "Private Link DNS zones (privatelink.*) are linked to the virtual networks that resolve them, and " +
        "no link auto-registers virtual machines in them.",
    area: "networking",
    severity: "medium",
    frameworks: { mcsb: ["NS-2"] },
    remediation: "Add a privatedns.VirtualNetworkLink from each privatelink.* zone to the virtual networks whose clients " +
        "use its private endpoints (or to the hub network whose DNS resolver they use), with registrationEnabled: " +
        "false. Register VMs' host names, where you need them, in a zone of your own naming.",
    messages: {
        zoneUnlinked: "No virtual network link in this stack links this Private Link DNS zone, so clients in your networks resolve the service's public address instead of its private endpoint: their traffic leaves for the public endpoint, or fails where public access is off. Add a privatedns.VirtualNetworkLink from the zone to the virtual networks that use it.",
        autoRegistration: "registrationEnabled is true on a link to a Private Link DNS zone, so every VM of the linked network registers its host name there, and a VM named like a service's resource answers for that resource's private endpoint name in the network: set registrationEnabled to false.",
    },
    config: {
        requireInStack: requireInStack("a virtual network link for each Private Link DNS zone"),
    },
    resources: [catalog.privateDnsZone, catalog.privateDnsZoneLink],
    check: (ctx) => {
        // Defaults: a zone resolves only in the virtual networks linked to it, and a link's registrationEnabled is
        // false (REST spec Microsoft.Network privatedns 2024-06-01, VirtualNetworkLinkProperties). A service's public
        // name is a CNAME to its privatelink name, so a record in the zone decides where the name resolves.
        // Sources: https://learn.microsoft.com/azure/private-link/private-endpoint-dns-integration,
        // https://learn.microsoft.com/azure/dns/private-dns-autoregistration
        const zones = ctx.ofType(catalog.privateDnsZone);
        const links = ctx.ofType(catalog.privateDnsZoneLink);
        const isPrivateLinkZone = (zone: StackResource<ArgsOf<"privateDnsZone">>) => {
            const name = zoneName(zone);
            return typeof name === "string" && privateLinkZone.test(name);
        };
        ctx.each(zones, (zone) => {
            if (isPrivateLinkZone(zone)
                && !anyOf(links, (link) => namesTarget(link, "privateZoneName", zone, catalog.privateDnsZone, zones))) {
                ctx.missing(zone, "zoneUnlinked");
            }
        });
        ctx.each(links, (link) => {
            if (link.props.registrationEnabled !== true) {
                return;
            }
            // The zone's name: the link's own input, else its id (outputs), else the zone of this stack it names.
            const own = readKnown(() => ({ name: link.props.privateZoneName }));
            const id = readKnown(() => (link.props as { id?: unknown }).id);
            const fromId = typeof id === "string" ? /\/privateDnsZones\/([^/]+)\/virtualNetworkLinks\//i.exec(id)?.[1] : undefined;
            const name = typeof own?.name === "string" ? own.name : fromId;
            const onPrivateLinkZone = name !== undefined ? privateLinkZone.test(name)
                : zones.length === 0 ? cannotTell("privateZoneName")
                : anyOf(zones, (zone) => isPrivateLinkZone(zone)
                    && namesTarget(link, "privateZoneName", zone, catalog.privateDnsZone, zones));
            if (onPrivateLinkZone) {
                ctx.report(link, "autoRegistration");
            }
        });
    },
});
