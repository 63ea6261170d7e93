import { Component } from "@pulumi/azure-native/applicationinsights";
import policy from "../../../policies/networking/app-insights-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", kind: "web", applicationType: "web" };

testResourcePolicy(policy, {
    valid: [
        { name: "query private, ingestion public (allowed by default)", resource: resource(Component, { ...base,
            publicNetworkAccessForQuery: "Disabled", publicNetworkAccessForIngestion: "Enabled" }) },
        { name: "both private, ingestion required private", config: { requireIngestionDisabled: true }, resource: resource(Component, { ...base,
            publicNetworkAccessForQuery: "disabled", publicNetworkAccessForIngestion: "Disabled" }) },
        { name: "ingestion unknown, not required", resource: resource(Component, { ...base,
            publicNetworkAccessForQuery: "Disabled", publicNetworkAccessForIngestion: unknown() }) },
    ],
    invalid: [
        { name: "unset: public query", resource: resource(Component, base), messages: ["publicQueryEnabled"] },
        { name: "query Enabled", resource: resource(Component, { ...base, publicNetworkAccessForQuery: "Enabled" }), messages: ["publicQueryEnabled"] },
        { name: "public ingestion when private ingestion is required", config: { requireIngestionDisabled: true },
            resource: resource(Component, { ...base, publicNetworkAccessForQuery: "Disabled" }), messages: ["publicIngestionEnabled"] },
        { name: "both public, private ingestion required", config: { requireIngestionDisabled: true },
            resource: resource(Component, base), messages: ["publicQueryEnabled", "publicIngestionEnabled"] },
    ],
    undecided: [
        { name: "query access not yet known", resource: resource(Component, { ...base, publicNetworkAccessForQuery: unknown() }) },
    ],
});
