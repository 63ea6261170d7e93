import { BastionHost } from "@pulumi/azure-native/network";
import policy from "../../../policies/networking/bastion-shareable-link-disabled";
import { resource, testResourcePolicy, unknown, untyped } from "../../tester";

const bastion = (more: object = {}) => resource(BastionHost, { resourceGroupName: "rg", sku: { name: "Standard" }, ...more });

testResourcePolicy(policy, {
    valid: [
        { name: "unset: shareable links default to off", resource: bastion() },
        { name: "explicitly off, other Standard features on", resource: bastion({ enableShareableLink: false, enableTunneling: true, enableIpConnect: true }) },
        { name: "null is unset", resource: bastion({ enableShareableLink: untyped(null) }) },
    ],
    invalid: [
        { name: "shareable links on", resource: bastion({ enableShareableLink: true }), messages: ["shareableLinkEnabled"] },
        { name: "Premium with shareable links on", resource: bastion({ sku: { name: "Premium" }, enableShareableLink: true, disableCopyPaste: true }), messages: ["shareableLinkEnabled"] },
    ],
    undecided: [
        { name: "the flag comes from another resource", resource: bastion({ enableShareableLink: unknown() }) },
    ],
});
