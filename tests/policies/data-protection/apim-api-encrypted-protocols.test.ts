import { Api } from "@pulumi/azure-native/apimanagement";
import policy from "../../../policies/data-protection/apim-api-encrypted-protocols";
import { resource, testResourcePolicy, unknown } from "../../tester";

type ApiArgs = ConstructorParameters<typeof Api>[1];
const api = (args: Partial<ApiArgs>) => resource(Api, {
    resourceGroupName: "rg", serviceName: "apim", apiId: "orders", displayName: "Orders", path: "orders",
    serviceUrl: "https://orders.contoso.com", ...args,
});

testResourcePolicy(policy, {
    valid: [
        { name: "HTTPS only", resource: api({ protocols: ["https"] }) },
        { name: "WebSocket over TLS", resource: api({ apiType: "websocket", protocols: ["wss"], serviceUrl: "wss://ws.contoso.com" }) },
        { name: "imported with protocols set", resource: api({ format: "openapi-link", value: "https://contoso.com/openapi.json", protocols: ["HTTPS"] }) },
    ],
    invalid: [
        { name: "HTTP and HTTPS", resource: api({ protocols: ["http", "https"] }), messages: [{ id: "unencryptedProtocol", data: { index: 0 } }] },
        {
            name: "plain WebSocket, any case",
            resource: api({ apiType: "websocket", protocols: ["wss", "WS"] }),
            messages: [{ id: "unencryptedProtocol", data: { index: 1 } }],
        },
        {
            name: "HTTP next to a protocol not yet known",
            resource: api({ protocols: ["http", unknown()] }),
            messages: [{ id: "unencryptedProtocol", data: { index: 0 } }],
        },
        {
            name: "imported definition decides the protocols",
            resource: api({ format: "openapi+json", value: "{\"openapi\":\"3.0.1\"}" }),
            messages: ["protocolsUnset"],
        },
        { name: "cloned from another API", resource: api({ sourceApiId: "/apis/orders-v1" }), messages: ["protocolsUnset"] },
        { name: "unset without an import (Azure rejects it)", resource: api({}), messages: ["protocolsUnset"] },
    ],
    undecided: [
        { name: "protocols from config not yet known", resource: api({ protocols: unknown() }) },
        { name: "one protocol not yet known", resource: api({ protocols: ["https", unknown()] }) },
    ],
});
