// A minimal stand-in for the Node.js language host, pulumi-language-nodejs, for the end-to-end tests.
//
// The real host is the Go module github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3, which the
// Go module proxy reachable here refuses ("403 Forbidden: This module version is not available"). The CLI
// (pkg/v3 v3.274.1) needs a language host both to run a program and to boot a Node.js policy pack: its
// NewPolicyAnalyzer starts a PulumiPolicy.yaml pack through the runtime's RunPlugin, with no fallback to the
// old pulumi-analyzer-policy shim. So this host does what the real one does for those two calls, and only
// that:
//
//   - Run: node <@pulumi/pulumi>/cmd/run --monitor ... --engine ... <program>, with the config in
//     PULUMI_CONFIG and TypeScript through ts-node (PULUMI_NODEJS_TYPESCRIPT), exactly the contract of
//     @pulumi/pulumi's cmd/run;
//   - RunPlugin: node <@pulumi/pulumi>/cmd/run-policy-pack <engine> <pack dir> for an analyzer (the
//     policy pack), cmd/run-plugin for anything else, streaming the child's stdout and stderr back.
//
// @pulumi/pulumi is resolved from the program's (or pack's) directory upwards, as Node.js would.
// Everything else (code generation, templates, dependency installation) answers Unimplemented.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"

	"google.golang.org/grpc"
	pbempty "google.golang.org/protobuf/types/known/emptypb"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// The version reported to the CLI; the CLI does not check a language host's version against anything.
const version = "3.274.1"

// nodeExitedAfterLoggingUserActionableMessage is @pulumi/pulumi's cmd/run exit code for "already reported".
const nodeExitedAfterLoggingUserActionableMessage = 32

type host struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	engineAddress string
}

func main() {
	// The CLI passes flags (--logtostderr, -v=N, --tracing URL) and then the engine address, always last.
	engine := ""
	if n := len(os.Args); n > 1 && os.Args[n-1] != "" && os.Args[n-1][0] != '-' {
		engine = os.Args[n-1]
	}
	h := &host{engineAddress: engine}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, h)
			return nil
		},
		Options: rpcutil.OpenTracingServerInterceptorOptions(nil),
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "stand-in language host: %v\n", err)
		os.Exit(1)
	}
	// The CLI reads the port from the first line of standard output.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "stand-in language host: %v\n", err)
		os.Exit(1)
	}
}

func (h *host) Handshake(
	ctx context.Context, req *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	if req.EngineAddress != "" {
		h.engineAddress = req.EngineAddress
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *host) GetPluginInfo(ctx context.Context, _ *pbempty.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version}, nil
}

// GetRequiredPackages reports none: the engine then loads each provider on first use, from the version the
// SDK registers resources with (here: the stand-in pulumi-resource-azure-native on PATH).
func (h *host) GetRequiredPackages(
	ctx context.Context, req *pulumirpc.GetRequiredPackagesRequest,
) (*pulumirpc.GetRequiredPackagesResponse, error) {
	return &pulumirpc.GetRequiredPackagesResponse{}, nil
}

func (h *host) GetRequiredPlugins(
	ctx context.Context, req *pulumirpc.GetRequiredPluginsRequest,
) (*pulumirpc.GetRequiredPluginsResponse, error) {
	return &pulumirpc.GetRequiredPluginsResponse{}, nil
}

// findPulumiCmd finds node_modules/@pulumi/pulumi/cmd/<name> from dir upwards.
func findPulumiCmd(dir, name string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		candidate := filepath.Join(d, "node_modules", "@pulumi", "pulumi", "cmd", name)
		if st, err := os.Stat(candidate); err == nil && st.IsDir() {
			return candidate, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return "", fmt.Errorf("could not find node_modules/@pulumi/pulumi/cmd/%s from %s upwards; "+
		"run npm install", name, abs)
}

func (h *host) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	programDir, entry := req.Pwd, req.Program
	if req.Info != nil {
		programDir, entry = req.Info.ProgramDirectory, req.Info.EntryPoint
	}
	if entry == "" {
		entry = "."
	}
	runPath, err := findPulumiCmd(programDir, "run")
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}
	args := []string{runPath, "--monitor", req.MonitorAddress}
	if h.engineAddress != "" {
		args = append(args, "--engine", h.engineAddress)
	}
	if req.Organization != "" {
		args = append(args, "--organization", req.Organization)
	}
	if req.Info != nil && req.Info.RootDirectory != "" {
		args = append(args, "--root-directory", req.Info.RootDirectory)
	}
	args = append(args, "--project", req.Project, "--stack", req.Stack, "--pwd", req.Pwd)
	if req.DryRun {
		args = append(args, "--dry-run")
	}
	if req.Parallel > 1 {
		args = append(args, "--parallel", strconv.Itoa(int(req.Parallel)))
	}
	args = append(args, entry)
	args = append(args, req.Args...)

	config, err := json.Marshal(req.Config)
	if err != nil {
		return nil, err
	}
	secretKeys := req.ConfigSecretKeys
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, err
	}

	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = req.Pwd
	cmd.Env = append(os.Environ(),
		"PULUMI_CONFIG="+string(config),
		"PULUMI_CONFIG_SECRET_KEYS="+string(secrets),
		"PULUMI_NODEJS_TYPESCRIPT=true",
	)
	// The program's output goes to the CLI's plugin log pipes, which the CLI shows as diagnostics.
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			if exit.ExitCode() == nodeExitedAfterLoggingUserActionableMessage {
				return &pulumirpc.RunResponse{Bail: true}, nil
			}
			return &pulumirpc.RunResponse{Error: fmt.Sprintf("Program exited with non-zero exit code: %d",
				exit.ExitCode())}, nil
		}
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}
	return &pulumirpc.RunResponse{}, nil
}

func (h *host) RunPlugin(
	req *pulumirpc.RunPluginRequest, server grpc.ServerStreamingServer[pulumirpc.RunPluginResponse],
) error {
	dir := req.Pwd
	if req.Info != nil && req.Info.ProgramDirectory != "" {
		dir = req.Info.ProgramDirectory
	}
	cmdName := "run-plugin"
	if req.Kind == "analyzer" {
		cmdName = "run-policy-pack"
	}
	runPath, err := findPulumiCmd(dir, cmdName)
	if err != nil {
		return err
	}
	// cmd/run-policy-pack: <engine address> <pack directory>; the CLI passes the engine address in Args.
	args := append([]string{runPath}, req.Args...)
	args = append(args, dir)

	cmd := exec.CommandContext(server.Context(), "node", args...)
	cmd.Dir = dir
	// The CLI passes the plugin's whole environment; cmd/run-policy-pack registers ts-node by itself.
	cmd.Env = append(os.Environ(), req.Env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}

	var mu sync.Mutex
	send := func(r *pulumirpc.RunPluginResponse) {
		mu.Lock()
		defer mu.Unlock()
		_ = server.Send(r)
	}
	var wg sync.WaitGroup
	pump := func(r io.Reader, wrap func([]byte) *pulumirpc.RunPluginResponse) {
		defer wg.Done()
		buf := make([]byte, 32*1024)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				send(wrap(append([]byte(nil), buf[:n]...)))
			}
			if err != nil {
				return
			}
		}
	}
	wg.Add(2)
	go pump(stdout, func(b []byte) *pulumirpc.RunPluginResponse {
		return &pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stdout{Stdout: b}}
	})
	go pump(stderr, func(b []byte) *pulumirpc.RunPluginResponse {
		return &pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stderr{Stderr: b}}
	})
	wg.Wait()

	code := 0
	if err := cmd.Wait(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return err
		}
		code = exit.ExitCode()
	}
	send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: int32(code)}})
	return nil
}
