import { ContainerApp } from "@pulumi/azure-native/app";
import policy from "../../../policies/data-protection/container-app-https-only";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "no ingress", resource: resource(ContainerApp, base) },
        { name: "ingress with allowInsecure unset: defaults to false", resource: resource(ContainerApp, { ...base, configuration: { ingress: { external: true, targetPort: 8080 } } }) },
        { name: "allowInsecure false", resource: resource(ContainerApp, { ...base, configuration: { ingress: { external: true, targetPort: 8080, allowInsecure: false } } }) },
    ],
    invalid: [
        {
            name: "allowInsecure true",
            resource: resource(ContainerApp, { ...base, configuration: { ingress: { external: true, targetPort: 8080, allowInsecure: true } } }),
            messages: ["insecureAllowed"],
        },
    ],
    undecided: [
        { name: "flag from another resource", resource: resource(ContainerApp, { ...base, configuration: { ingress: { allowInsecure: unknown() } } }) },
    ],
});
