// A stand-in pulumi-resource-azure-native for the end-to-end tests: it speaks the provider gRPC protocol
// and echoes inputs (Check returns them, Create and Update return them as outputs), so `pulumi preview` and
// `pulumi up` run a program written with @pulumi/azure-native without Azure and without a network.
//
// Of the functions (invokes) it answers only azure-native:authorization:getClientConfig, with zero GUIDs.
//
// It reports the version @pulumi/azure-native registers its resources with (package.json "pulumi.version")
// so the CLI does not warn about a version mismatch; the CLI finds it on PATH before its plugin cache.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	pbempty "google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/provider"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// Overridable for another SDK version: AZURE_NATIVE_STAND_IN_VERSION.
const defaultVersion = "3.28.0"

type echo struct {
	pulumirpc.UnimplementedResourceProviderServer
	version string
}

func main() {
	version := defaultVersion
	if v := os.Getenv("AZURE_NATIVE_STAND_IN_VERSION"); v != "" {
		version = v
	}
	err := provider.Main("azure-native", func(*provider.HostClient) (pulumirpc.ResourceProviderServer, error) {
		return &echo{version: version}, nil
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "stand-in azure-native provider: %v\n", err)
		os.Exit(1)
	}
}

func (p *echo) Handshake(
	ctx context.Context, req *pulumirpc.ProviderHandshakeRequest,
) (*pulumirpc.ProviderHandshakeResponse, error) {
	return &pulumirpc.ProviderHandshakeResponse{AcceptSecrets: true, AcceptResources: true, AcceptOutputs: true}, nil
}

func (p *echo) GetPluginInfo(context.Context, *pbempty.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: p.version}, nil
}

func (p *echo) GetSchema(context.Context, *pulumirpc.GetSchemaRequest) (*pulumirpc.GetSchemaResponse, error) {
	return &pulumirpc.GetSchemaResponse{
		Schema: fmt.Sprintf(`{"name":"azure-native","version":%q,"resources":{},"functions":{}}`, p.version),
	}, nil
}

func (p *echo) CheckConfig(ctx context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.News}, nil
}

func (p *echo) DiffConfig(ctx context.Context, req *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
}

func (p *echo) Configure(ctx context.Context, req *pulumirpc.ConfigureRequest) (*pulumirpc.ConfigureResponse, error) {
	return &pulumirpc.ConfigureResponse{
		AcceptSecrets: true, SupportsPreview: true, AcceptResources: true, AcceptOutputs: true,
	}, nil
}

func (p *echo) Check(ctx context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.News}, nil
}

func (p *echo) Diff(ctx context.Context, req *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	if proto.Equal(req.OldInputs, req.News) {
		return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
	}
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_SOME}, nil
}

const zeroGUID = "00000000-0000-0000-0000-000000000000"

func (p *echo) Invoke(ctx context.Context, req *pulumirpc.InvokeRequest) (*pulumirpc.InvokeResponse, error) {
	switch req.Tok {
	case "azure-native:authorization:getClientConfig":
		ret, err := structpb.NewStruct(map[string]any{
			"clientId": zeroGUID, "objectId": zeroGUID, "subscriptionId": zeroGUID, "tenantId": zeroGUID,
		})
		if err != nil {
			return nil, err
		}
		return &pulumirpc.InvokeResponse{Return: ret}, nil
	}
	return nil, status.Errorf(codes.Unimplemented, "the stand-in azure-native provider does not answer %s", req.Tok)
}

// resourceName is the last URN segment: urn:pulumi:stack::project::type::name.
func resourceName(urn string) string {
	return urn[strings.LastIndex(urn, "::")+2:]
}

func (p *echo) Create(ctx context.Context, req *pulumirpc.CreateRequest) (*pulumirpc.CreateResponse, error) {
	id := ""
	if !req.Preview {
		id = "/subscriptions/" + zeroGUID + "/stand-in/" + resourceName(req.Urn)
	}
	return &pulumirpc.CreateResponse{Id: id, Properties: req.Properties}, nil
}

func (p *echo) Read(ctx context.Context, req *pulumirpc.ReadRequest) (*pulumirpc.ReadResponse, error) {
	return &pulumirpc.ReadResponse{Id: req.Id, Properties: req.Properties, Inputs: req.Inputs}, nil
}

func (p *echo) Update(ctx context.Context, req *pulumirpc.UpdateRequest) (*pulumirpc.UpdateResponse, error) {
	return &pulumirpc.UpdateResponse{Properties: req.News}, nil
}

func (p *echo) Delete(ctx context.Context, req *pulumirpc.DeleteRequest) (*pbempty.Empty, error) {
	return &pbempty.Empty{}, nil
}
