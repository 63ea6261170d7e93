import { StaticSite } from "@pulumi/azure-native/web";
import policy from "../../../policies/applications/static-web-app-preview-environments-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const site = (args: object = {}) => resource(StaticSite, { resourceGroupName: "rg", sku: { name: "Standard", tier: "Standard" }, ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "Disabled", resource: site({ stagingEnvironmentPolicy: "Disabled" }) },
        { name: "disabled, lower case", resource: site({ stagingEnvironmentPolicy: "disabled" }) },
    ],
    invalid: [
        { name: "unset: Enabled", resource: site(), messages: ["previewsEnabled"] },
        { name: "Enabled", resource: site({ stagingEnvironmentPolicy: "Enabled" }), messages: ["previewsEnabled"] },
    ],
    undecided: [
        { name: "policy from another resource", resource: site({ stagingEnvironmentPolicy: unknown() }) },
    ],
});
