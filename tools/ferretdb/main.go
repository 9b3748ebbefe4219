// Command ferretdb runs FerretDB 1.x (a MongoDB wire-compatible server) with its
// SQLite backend for development and tests on machines where no mongod can be
// downloaded. It wraps FerretDB's embeddable package because `go install
// .../cmd/ferretdb@v1.24.x` from the module proxy panics at start: the official
// command expects a build/version/version.txt that only its release build writes.
// The flags mirror the official binary's, so either can be used by the resolver.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	handler := flag.String("handler", "sqlite", "backend handler (sqlite)")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite directory URI")
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP listen address")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	// Accepted for compatibility with the official binary; the embeddable package
	// never reports telemetry and keeps no state file.
	flag.String("telemetry", "disable", "ignored: telemetry is always disabled")
	flag.String("state-dir", "", "ignored: no state is kept")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()

	if *showVersion {
		fmt.Println("ferretdb (embedded) v1.24.2")
		return
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "invalid --log-level: %v\n", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:    logger,
		Handler:   *handler,
		SQLiteURL: *sqliteURL,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
}
