import { IotHubResource } from "@pulumi/azure-native/iothub";
import { IotSecuritySolution } from "@pulumi/azure-native/security";
import type { IotSecuritySolutionArgs } from "@pulumi/azure-native/security";
import policy from "../../../policies/monitoring-and-logging/iot-hub-defender";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const hubId = (name: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Devices/IotHubs/${name}`;

const hub = (name: string, resourceName: string): StackTestResource => ({
    name, ...resource(IotHubResource, { ...rg, resourceName, sku: { name: "S1", capacity: 1 } }),
});
/** A solution listing hubs; `on` names the hubs its iotHubs input depends on, as `[hub.id]` would make it. */
const solution = (name: string, iotHubs: string[], on: string[], more: Partial<IotSecuritySolutionArgs> = {}): StackTestResource => ({
    name, ...resource(IotSecuritySolution, { ...rg, solutionName: name, displayName: name, iotHubs, ...more }),
    dependsOn: { iotHubs: on },
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a hub listed by a solution through its id (status Enabled by default)",
            config: required,
            resources: [hub("hub", "hub-telemetry"), solution("defender", [hubId("hub-telemetry")], ["hub"])],
        },
        {
            name: "a literal id of the hub, no dependency",
            config: required,
            resources: [hub("hub", "hub-telemetry"), solution("defender", [hubId("other"), hubId("hub-telemetry")], [], { status: "Enabled" })],
        },
    ],
    invalid: [
        {
            name: "a hub no solution lists",
            config: required,
            resources: [hub("hub", "hub-telemetry"), hub("hub2", "hub-fleet"), solution("defender", [hubId("hub-fleet")], ["hub2"])],
            violations: [{ resource: "hub", message: "noDefender" }],
        },
        {
            name: "the only solution is disabled",
            config: required,
            resources: [hub("hub", "hub-telemetry"), solution("defender", [hubId("hub-telemetry")], ["hub"], { status: "Disabled" })],
            violations: [{ resource: "defender", message: "solutionDisabled" }, { resource: "hub", message: "noDefender" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): a platform stack may keep the solution",
            resources: [hub("hub", "hub-telemetry")],
        },
        {
            name: "the solution's hub list is unknown and depends on nothing in the stack",
            config: required,
            resources: [hub("hub", "hub-telemetry"), solution("defender", unknown(), [])],
        },
    ],
});
