import { anyOf, catalog, dependsOn, listOf, pointsAt, requireInStack, sameText, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "iot-hub-defender",
    description: "IoT hubs are watched by Microsoft Defender for IoT: an enabled IoT security solution lists each hub.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: { mcsb: ["LT-1"], cis: ["8.2.1"] },
    remediation: "Add a security.IotSecuritySolution with iotHubs listing the hub's id (hub.id) and status Enabled (the " +
        "default), or add the hub to an existing solution. If a platform stack keeps the solution, leave requireInStack " +
        "off.",
    messages: {
        noDefender: "No enabled IoT security solution in this stack lists this IoT hub, so Defender for IoT does not watch its devices or flag their threats: add a security.IotSecuritySolution whose iotHubs includes the hub's id.",
        solutionDisabled: "status switches the solution off, so Defender for IoT watches none of the hubs it lists: remove status or set it to Enabled.",
    },
    config: {
        requireInStack: requireInStack("the IoT security solution of each IoT hub"),
    },
    resources: [catalog.iotHub, catalog.iotSecuritySolution],
    check: (ctx) => {
        const hubs = ctx.ofType(catalog.iotHub);
        const solutions = ctx.ofType(catalog.iotSecuritySolution);
        // Default: status Enabled. Source: REST spec Microsoft.Security 2019-08-01, IoTSecuritySolutionProperties.status
        // (default "Enabled"); https://learn.microsoft.com/azure/defender-for-iot/device-builders/quickstart-onboard-iot-hub
        const enabled = solutions.filter((s) => !sameText(s.props.status, "Disabled"));
        ctx.each(solutions, (s) => {
            if (sameText(s.props.status, "Disabled")) {
                ctx.report(s, "solutionDisabled");
            }
        });
        ctx.each(hubs, (hub) => {
            const watched = anyOf(enabled, (s) => dependsOn(s, "iotHubs", hub) ||
                anyOf(listOf(s.props.iotHubs).map((_, i) => i), (i) =>
                    pointsAt(s, "iotHubs", hub, catalog.iotHub, { peers: hubs, read: (p) => p.iotHubs?.[i] })));
            if (!watched) {
                ctx.missing(hub, "noDefender");
            }
        });
    },
});
